package dev.tandem.notification.delivery;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The requests for a password reset link per account, so that at most three links an hour leave for one account. */
@Component
class PasswordResetRequests {

    private static final int PER_HOUR = 3;

    private final JdbcClient jdbc;
    private final Clock clock;

    PasswordResetRequests(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Counts a request for the account and says whether a link may leave for it. The request is stored before it is
     * counted, so that requests sent at once cannot all pass.
     */
    @Transactional
    boolean admit(UUID accountId) {
        var now = Instant.now(clock);
        jdbc.sql("delete from password_reset_request where requested_at < :old")
                .param("old", Timestamp.from(now.minus(Duration.ofDays(1))))
                .update();
        jdbc.sql("insert into password_reset_request (account_id, requested_at) values (:account, :now)")
                .param("account", accountId)
                .param("now", Timestamp.from(now))
                .update();
        var lastHour = jdbc.sql(
                        "select count(*) from password_reset_request where account_id = :account and requested_at > :since")
                .param("account", accountId)
                .param("since", Timestamp.from(now.minus(Duration.ofHours(1))))
                .query(Long.class)
                .single();
        return lastHour <= PER_HOUR;
    }
}
