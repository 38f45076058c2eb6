package dev.tandem.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code notification} table: stored once per id, acknowledged once. */
@Component
class NotificationStore {

    /**
     * One announcement's notifications in one statement: the recipients' ids, people and texts as arrays, each
     * distinct text (one per language) sent once and joined to its recipients by its number.
     */
    private static final String INSERT =
            """
            insert into notification (id, kind, severity, recipient_person_id, record_type, record_id, record_path,
                                      occasion, arguments, language, title, body, created_at)
            select r.id, :kind, :severity, r.person, :recordType, :recordId, :recordPath,
                   :occasion, cast(:arguments as text[]), t.language, t.title, t.body, :createdAt
            from unnest(cast(:ids as uuid[]), cast(:people as uuid[]), cast(:texts as int[])) as r (id, person, text)
                 join unnest(cast(:languages as text[]), cast(:titles as text[]), cast(:bodies as text[]))
                      with ordinality as t (language, title, body, number) on t.number = r.text
            on conflict (id) do nothing
            returning id""";

    static final String COLUMNS =
            "n.id, n.kind, n.severity, n.recipient_person_id, n.record_type, n.record_id, n.record_path, n.language,"
                    + " n.title, n.body, n.created_at";

    private final JdbcClient jdbc;

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores those of one announcement's notifications not stored yet, in one statement however many they are, and
     * returns them. They share their kind, severity, record and time; their texts differ only by language.
     */
    List<Notification> storeNew(List<Notification> notifications, String occasion, List<String> arguments) {
        if (notifications.isEmpty()) {
            return List.of();
        }
        var first = notifications.get(0);
        var texts = new LinkedHashMap<List<String>, Integer>();
        var ids = new UUID[notifications.size()];
        var people = new UUID[notifications.size()];
        var textNumbers = new int[notifications.size()];
        for (int i = 0; i < notifications.size(); i++) {
            var notification = notifications.get(i);
            if (!sameAnnouncement(first, notification)) {
                throw new IllegalArgumentException("Notifications of several announcements stored as one");
            }
            ids[i] = notification.id();
            people[i] = notification.recipientPersonId();
            var text = List.of(notification.language().toLanguageTag(), notification.title(), notification.text());
            textNumbers[i] = texts.computeIfAbsent(text, added -> texts.size() + 1);
        }
        var inserted = new HashSet<>(jdbc.sql(INSERT)
                .param("kind", first.kind())
                .param("severity", first.severity().name())
                .param("recordType", first.record().type())
                .param("recordId", first.record().id())
                .param("recordPath", first.record().path())
                .param("occasion", occasion)
                .param("arguments", arguments.toArray(String[]::new))
                .param("createdAt", Timestamp.from(first.createdAt()))
                .param("ids", ids)
                .param("people", people)
                .param("texts", textNumbers)
                .param("languages", column(texts.keySet(), 0))
                .param("titles", column(texts.keySet(), 1))
                .param("bodies", column(texts.keySet(), 2))
                .query(UUID.class)
                .list());
        return notifications.stream()
                .filter(notification -> inserted.contains(notification.id()))
                .toList();
    }

    private static boolean sameAnnouncement(Notification one, Notification other) {
        return one.kind().equals(other.kind())
                && one.severity() == other.severity()
                && one.record().equals(other.record())
                && one.createdAt().equals(other.createdAt());
    }

    private static String[] column(Collection<List<String>> texts, int index) {
        return texts.stream().map(text -> text.get(index)).toArray(String[]::new);
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
