package dev.tandem.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code notification} table: stored once per id, acknowledged once. */
@Component
class NotificationStore {

    private static final String INSERT =
            """
            insert into notification (id, kind, severity, recipient_person_id, record_type, record_id, record_path,
                                      occasion, arguments, language, title, body, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (id) do nothing""";

    static final String COLUMNS =
            "n.id, n.kind, n.severity, n.recipient_person_id, n.record_type, n.record_id, n.record_path, n.language,"
                    + " n.title, n.body, n.created_at";

    private final JdbcTemplate template;
    private final JdbcClient jdbc;

    NotificationStore(JdbcTemplate template, JdbcClient jdbc) {
        this.template = template;
        this.jdbc = jdbc;
    }

    /** Stores those notifications not stored yet, in one batch, and returns them. */
    List<Notification> storeNew(List<Notification> notifications, String occasion, List<String> arguments) {
        var counts = template.batchUpdate(INSERT, notifications, 500, (statement, notification) -> {
            var record = notification.record();
            statement.setObject(1, notification.id());
            statement.setString(2, notification.kind());
            statement.setString(3, notification.severity().name());
            statement.setObject(4, notification.recipientPersonId());
            statement.setString(5, record.type());
            statement.setObject(6, record.id());
            statement.setString(7, record.path());
            statement.setString(8, occasion);
            statement.setArray(9, statement.getConnection().createArrayOf("text", arguments.toArray()));
            statement.setString(10, notification.language().toLanguageTag());
            statement.setString(11, notification.title());
            statement.setString(12, notification.text());
            statement.setTimestamp(13, Timestamp.from(notification.createdAt()));
        });
        var stored = new ArrayList<Notification>();
        int index = 0;
        for (var batch : counts) {
            for (var count : batch) {
                if (count != 0) {
                    stored.add(notifications.get(index));
                }
                index++;
            }
        }
        return stored;
    }

    Optional<Notification> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from notification n where n.id = :id")
                .param("id", id)
                .query(NotificationStore::notification)
                .optional();
    }

    /** Notes the first acknowledgement by the recipient; false when it was acknowledged already. */
    boolean acknowledge(UUID id, UUID personId, Instant at) {
        return jdbc.sql(
                                """
                                update notification set acknowledged_at = :at, acknowledged_by = :person
                                where id = :id and recipient_person_id = :person and acknowledged_at is null""")
                        .param("id", id)
                        .param("person", personId)
                        .param("at", Timestamp.from(at))
                        .update()
                > 0;
    }

    /**
     * Notes the acknowledgement of every unread notification of the person that the filter keeps (its kind and
     * severity; read ones are left as they were) and returns them.
     */
    List<Notification> acknowledgeAll(UUID personId, InboxFilter filter, Instant at) {
        return jdbc.sql("update notification n set acknowledged_at = :at, acknowledged_by = :person"
                        + " where n.recipient_person_id = :person and n.acknowledged_at is null"
                        + " and (cast(:kind as text) is null or n.kind = :kind)"
                        + " and (cast(:severity as text) is null or n.severity = :severity)"
                        + " returning " + COLUMNS)
                .param("person", personId)
                .param("at", Timestamp.from(at))
                .param("kind", filter.kind())
                .param(
                        "severity",
                        filter.severity() == null ? null : filter.severity().name())
                .query(NotificationStore::notification)
                .list();
    }

    static Notification notification(ResultSet row, int number) throws SQLException {
        return new Notification(
                row.getObject("id", UUID.class),
                row.getString("kind"),
                Severity.valueOf(row.getString("severity")),
                row.getObject("recipient_person_id", UUID.class),
                new RecordLink(
                        row.getString("record_type"),
                        row.getObject("record_id", UUID.class),
                        row.getString("record_path")),
                Locale.forLanguageTag(row.getString("language")),
                row.getString("title"),
                row.getString("body"),
                row.getTimestamp("created_at").toInstant());
    }
}
