package dev.tandem.notification;

import dev.tandem.shared.ListQuery;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Each person's inbox: their own notifications and nobody else's, newest first. */
@Component
@Transactional(readOnly = true)
public class NotificationQueries {

    private final JdbcClient jdbc;

    NotificationQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A notification as the inbox lists it. */
    public record InboxItem(
            UUID id,
            String kind,
            Severity severity,
            String recordType,
            UUID recordId,
            String recordPath,
            String title,
            String text,
            Instant createdAt,
            Instant acknowledgedAt) {

        public boolean unread() {
            return acknowledgedAt == null;
        }
    }

    public Page<InboxItem> inbox(InboxFilter filter, Paging paging, Viewer viewer) {
        var query = new ListQuery("notification n")
                .where("n.recipient_person_id = :person", "person", person(viewer))
                .where("n.kind = :kind", "kind", filter.kind())
                .where(
                        "n.severity = :severity",
                        "severity",
                        filter.severity() == null ? null : filter.severity().name());
        if (Boolean.TRUE.equals(filter.unread())) {
            query.where("n.acknowledged_at is null");
        }
        return query.page(
                jdbc,
                "n.id, n.kind, n.severity, n.record_type, n.record_id, n.record_path, n.title, n.body as text,"
                        + " n.created_at, n.acknowledged_at",
                InboxItem.class,
                paging,
                Map.of("createdAt", "n.created_at", "severity", "n.severity", "kind", "n.kind"),
                "n.created_at desc, n.id");
    }

    /** How many of the viewer's notifications wait to be read: the number on the bell. */
    public long unread(Viewer viewer) {
        return unread(person(viewer));
    }

    /** The same count for a person, for the bell of their open pages. */
    public long unread(UUID person) {
        return unread(List.of(person)).getOrDefault(person, 0L);
    }

    /** The counts of many people in one query, for the bells of a burst; a person with none reads 0. */
    public Map<UUID, Long> unread(Collection<UUID> people) {
        var counts = new HashMap<UUID, Long>();
        people.forEach(person -> counts.put(person, 0L));
        jdbc.sql(
                        """
                        select recipient_person_id, count(*) as unread from notification
                        where recipient_person_id = any(:people) and acknowledged_at is null
                        group by recipient_person_id""")
                .param("people", people.toArray(UUID[]::new))
                .query((row, number) ->
                        counts.put(row.getObject("recipient_person_id", UUID.class), row.getLong("unread")))
                .list();
        return counts;
    }

    /** Someone without a person (Tandem's own administrator) has an empty inbox: this id belongs to nobody. */
    private static UUID person(Viewer viewer) {
        return viewer.personId() == null ? new UUID(0, 0) : viewer.personId();
    }
}
