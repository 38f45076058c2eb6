package dev.tandem.notification.delivery;

import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.RecordRows;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The delivery log as administrators read it: what is failing and why, what waits, what was sent; and "try again now"
 * for a delivery that is not sent.
 */
@Service
public class DeliveryLog {

    private static final Map<String, String> SORTS =
            Map.of("queued", "d.queued_at", "next", "d.next_attempt_at", "attempts", "d.attempts");

    private final JdbcClient jdbc;
    private final Deliveries deliveries;
    private final Clock clock;

    DeliveryLog(JdbcClient jdbc, Deliveries deliveries, Clock clock) {
        this.jdbc = jdbc;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Which deliveries to list: by status (none: those not sent) and channel (none: all). */
    public record DeliveryFilter(DeliveryStatus status, Channel channel) {}

    /** One delivery: a webhook's target is named by its channel's name. */
    public record DeliveryRow(
            UUID id,
            UUID notificationId,
            Channel channel,
            String target,
            String kind,
            String severity,
            DeliveryStatus status,
            int attempts,
            String lastError,
            Instant nextAttemptAt,
            Instant queuedAt,
            Instant sentAt) {}

    /** How many deliveries are failing and how many wait for their first attempt. */
    public record Backlog(long failing, long queued) {}

    public Page<DeliveryRow> page(DeliveryFilter filter, Paging paging, Viewer viewer) {
        viewer.requireOwnerRole(Role.ADMIN);
        var where = " where (cast(:status as text) is null and d.status <> 'SENT' or d.status = cast(:status as text))"
                + " and (cast(:channel as text) is null or d.channel = cast(:channel as text))";
        var status = filter.status() == null ? null : filter.status().name();
        var channel = filter.channel() == null ? null : filter.channel().name();
        var total = jdbc.sql("select count(*) from delivery d" + where)
                .param("status", status)
                .param("channel", channel)
                .query(Long.class)
                .single();
        var rows = jdbc.sql(
                        """
                        select d.id, d.notification_id, d.channel, coalesce(w.name, d.target) as target, d.kind,
                               d.severity, d.status, d.attempts, d.last_error, d.next_attempt_at, d.queued_at,
                               d.sent_at
                        from delivery d left join webhook_channel w on d.channel = 'WEBHOOK' and w.id::text = d.target
                        """
                                + where
                                + " order by "
                                + paging.orderBy(SORTS, "d.queued_at desc, d.id")
                                + paging.limit())
                .param("status", status)
                .param("channel", channel)
                .query(RecordRows.of(DeliveryRow.class))
                .list();
        return paging.page(rows, total);
    }

    public Backlog backlog(Viewer viewer) {
        viewer.requireOwnerRole(Role.ADMIN);
        return jdbc.sql(
                        """
                        select count(*) filter (where status = 'FAILED') as failing,
                               count(*) filter (where status = 'QUEUED') as queued
                        from delivery where status <> 'SENT'""")
                .query(RecordRows.of(Backlog.class))
                .single();
    }

    public void retryNow(UUID id, Viewer viewer) {
        viewer.requireOwnerRole(Role.ADMIN);
        if (!deliveries.retryNow(id, Instant.now(clock))) {
            throw new NotFoundException("Delivery", id);
        }
    }
}
