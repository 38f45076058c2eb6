package dev.tandem.notification.delivery;

import dev.tandem.notification.Notification;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The delivery log: one row per notification, channel and target. Nodes claim due rows with a conditional update
 * that skips rows another node holds, so each delivery is in one node's hands at a time.
 */
@Component
class Deliveries {

    private static final int LONGEST_ERROR = 500;

    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final JsonMapper json;

    Deliveries(JdbcClient jdbc, JdbcTemplate template, JsonMapper json) {
        this.jdbc = jdbc;
        this.template = template;
        this.json = json;
    }

    /** A delivery to queue: a notification to one target of a channel, due at once or with its digest. */
    record Queued(Notification notification, Channel channel, String target, boolean digest, Instant due) {}

    /**
     * Queues the deliveries in batches, each unless its notification already has one to that target: a repeated
     * event adds nothing.
     */
    void queue(List<Queued> queued) {
        template.batchUpdate(
                """
                insert into delivery (id, notification_id, channel, target, kind, severity, digest, payload,
                                      status, next_attempt_at, queued_at)
                values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), 'QUEUED', ?, ?)
                on conflict (notification_id, channel, target) do nothing""",
                queued,
                BATCH,
                (statement, delivery) -> {
                    var notification = delivery.notification();
                    statement.setObject(1, UUID.randomUUID());
                    statement.setObject(2, notification.id());
                    statement.setString(3, delivery.channel().name());
                    statement.setString(4, delivery.target());
                    statement.setString(5, notification.kind());
                    statement.setString(6, notification.severity().name());
                    statement.setBoolean(7, delivery.digest());
                    statement.setString(8, json.writeValueAsString(notification));
                    statement.setTimestamp(9, Timestamp.from(delivery.due()));
                    statement.setTimestamp(10, Timestamp.from(notification.createdAt()));
                });
    }

    /**
     * Claims up to {@code limit} due deliveries for {@code lease}: each attempt is counted when it is claimed, so a
     * node that dies while sending leaves a delivery another node takes over once the lease is over.
     */
    List<Claimed> claim(Instant now, Duration lease, int limit) {
        return jdbc.sql(
                        """
                        update delivery set claimed_until = :leaseEnd, attempts = attempts + 1
                        where id in (select id from delivery
                                     where status <> 'SENT' and next_attempt_at <= :now
                                       and (claimed_until is null or claimed_until <= :now)
                                     order by next_attempt_at, id
                                     limit :limit
                                     for update skip locked)
                        returning id, channel, target, digest, payload::text as payload, attempts""")
                .param("leaseEnd", Timestamp.from(now.plus(lease)))
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query((row, number) -> new Claimed(
                        row.getObject("id", UUID.class),
                        Channel.valueOf(row.getString("channel")),
                        row.getString("target"),
                        row.getBoolean("digest"),
                        json.readValue(row.getString("payload"), Notification.class),
                        row.getInt("attempts")))
                .list();
    }

    void sent(Collection<UUID> ids, Instant at) {
        jdbc.sql(
                        """
                        update delivery set status = 'SENT', sent_at = :at, claimed_until = null, last_error = null,
                                            next_attempt_at = null
                        where id in (:ids)""")
                .param("at", Timestamp.from(at))
                .param("ids", ids)
                .update();
    }

    void failed(Collection<UUID> ids, String error, Instant nextAttempt) {
        jdbc.sql(
                        """
                        update delivery set status = 'FAILED', last_error = :error, next_attempt_at = :next,
                                            claimed_until = null
                        where id in (:ids)""")
                .param("error", shortened(error))
                .param("next", Timestamp.from(nextAttempt))
                .param("ids", ids)
                .update();
    }

    /** Gives claimed deliveries back untried (a node out of time, or a recipient's quiet hours), due again at {@code due}. */
    void release(Collection<UUID> ids, Instant due) {
        jdbc.sql(
                        """
                        update delivery set claimed_until = null, attempts = attempts - 1, next_attempt_at = :due
                        where id in (:ids)""")
                .param("due", Timestamp.from(due))
                .param("ids", ids)
                .update();
    }

    /** An administrator's "try again now" for a delivery that is not sent. */
    boolean retryNow(UUID id, Instant now) {
        return jdbc.sql("update delivery set next_attempt_at = :now where id = :id and status <> 'SENT'")
                        .param("now", Timestamp.from(now))
                        .param("id", id)
                        .update()
                > 0;
    }

    private static String shortened(String error) {
        var text = error == null || error.isBlank() ? "failed without a reason" : error.strip();
        return text.length() <= LONGEST_ERROR ? text : text.substring(0, LONGEST_ERROR - 1) + "…";
    }
}
