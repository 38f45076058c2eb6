package dev.tandem.identity.signin;

import dev.tandem.identity.SignInLocked;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lockout's count of password sign-ins. Every attempt is counted as a failure before its password is compared,
 * in one conditional update, so however many arrive at once no more than {@code maxFailedLogins} are compared before
 * the account locks; a right password then clears the count.
 */
@Component
class SignInAttempts {

    private final JdbcClient jdbc;
    private final IdentityProperties properties;
    // the lockout is one conditional SQL update, so that concurrent attempts count once; no aggregate is saved
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignInAttempts(JdbcClient jdbc, IdentityProperties properties, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Counts an attempt on the account; false when the account is locked (or unknown), and then its password must
     * not be compared.
     */
    @Transactional
    boolean admit(String username) {
        var now = Instant.now(clock);
        var until = now.plus(properties.lockout());
        return jdbc.sql(
                        """
                        update user_account set
                            failed_logins = case when failed_logins + 1 >= :max then 0 else failed_logins + 1 end,
                            locked_until = case when failed_logins + 1 >= :max then cast(:until as timestamptz) else null end
                        where lower(username) = lower(:u) and (locked_until is null or locked_until <= :now)
                        returning id, username, locked_until is not null as locks""")
                .param("max", properties.maxFailedLogins())
                .param("until", Timestamp.from(until))
                .param("now", Timestamp.from(now))
                .param("u", username)
                .query((row, number) -> {
                    if (row.getBoolean("locks")) {
                        events.publishEvent(new SignInLocked(
                                row.getObject("id", UUID.class), row.getString("username"), until, now));
                    }
                    return true;
                })
                .optional()
                .orElse(false);
    }

    /** The password was right: the attempts so far are forgiven. */
    void succeeded(String username) {
        jdbc.sql("update user_account set failed_logins = 0, locked_until = null where lower(username) = lower(:u)")
                .param("u", username)
                .update();
    }
}
