package dev.tandem.history;

import dev.tandem.history.HistoryEntry.Change;
import dev.tandem.history.HistoryEntry.Kind;
import dev.tandem.shared.CopyRows;
import dev.tandem.shared.Viewer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.data.repository.CrudRepository;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Keeps the history of records; call it in the same transaction as the change it records. */
@Service
public class History {

    private static final TypeReference<Map<String, Change>> CHANGES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;
    private final Clock clock;
    private final VoidingChecks voidingChecks;

    History(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json, Clock clock, VoidingChecks voidingChecks) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
        this.clock = clock;
        this.voidingChecks = voidingChecks;
    }

    /**
     * Creating, changing and voiding records of one repository, each with its history entry.
     *
     * @param readRule who may read these records, as the module's own reads decide
     */
    public <T extends Recorded> AuditedRecords<T> auditing(
            CrudRepository<T, UUID> repository, ReadRule<? super T> readRule) {
        return new AuditedRecords<>(repository, readRule, this, voidingChecks, clock);
    }

    /**
     * A catalogue of coded entries in one repository that everyone reads, each step with its history entry.
     *
     * @param kind its table, the name of its entries, who keeps it and what keeping it is called
     */
    public <T extends CatalogueEntry> Catalogue<T> catalogue(CrudRepository<T, UUID> repository, Catalogue.Kind kind) {
        return new Catalogue<>(repository, auditing(repository, ReadRule.everyone()), jdbc, kind);
    }

    void created(Recorded record, Viewer by) {
        write(record, Kind.CREATED, diff(Map.of(), record.snapshot()), by);
    }

    /**
     * The CREATED entries of many records, streamed in one COPY on the transaction's connection: for imports of
     * hundreds of thousands of records.
     */
    void createdAll(List<? extends Recorded> records, Viewer by) {
        if (records.isEmpty()) {
            return;
        }
        var at = Instant.now(clock);
        batch.execute((ConnectionCallback<Long>) connection -> {
            var copy = CopyRows.into(
                    connection,
                    "history_entry",
                    "record_type, record_id, kind, changed_at, changed_by, changed_by_name, changes");
            for (var record : records) {
                copy.add(record.recordType())
                        .add(record.id())
                        .add(Kind.CREATED)
                        .add(at)
                        .add(by.userId())
                        .add(by.displayName())
                        .add(json.writeValueAsString(diff(Map.of(), record.snapshot())))
                        .row();
            }
            return copy.finish();
        });
    }

    /** Records what changed since {@code before}, a snapshot taken before the change; nothing if nothing did. */
    void updated(Map<String, Object> before, Recorded record, Viewer by) {
        var changes = diff(before, record.snapshot());
        if (!changes.isEmpty()) {
            write(record, Kind.UPDATED, changes, by);
        }
    }

    void voided(Recorded record, String reason, Viewer by) {
        write(record, Kind.VOIDED, Map.of("reason", new Change(null, reason)), by);
    }

    /** The changes to a record, oldest first. */
    public List<HistoryEntry> of(Recorded record) {
        return jdbc.sql(
                        """
                        select kind, changed_at, changed_by, changed_by_name, changes::text as changes
                        from history_entry where record_type = :type and record_id = :id
                        order by changed_at, id""")
                .param("type", record.recordType())
                .param("id", record.id())
                .query((rs, row) -> new HistoryEntry(
                        record.recordType(),
                        Kind.valueOf(rs.getString("kind")),
                        rs.getTimestamp("changed_at").toInstant(),
                        rs.getObject("changed_by", UUID.class),
                        rs.getString("changed_by_name"),
                        json.readValue(rs.getString("changes"), CHANGES)))
                .list();
    }

    private void write(Recorded record, Kind kind, Map<String, Change> changes, Viewer by) {
        jdbc.sql(
                        """
                        insert into history_entry
                            (record_type, record_id, kind, changed_at, changed_by, changed_by_name, changes)
                        values (:type, :id, :kind, :at, :by, :byName, cast(:changes as jsonb))""")
                .param("type", record.recordType())
                .param("id", record.id())
                .param("kind", kind.name())
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("by", by.userId())
                .param("byName", by.displayName())
                .param("changes", json.writeValueAsString(changes))
                .update();
    }

    static Map<String, Change> diff(Map<String, Object> before, Map<String, Object> after) {
        var fields = new TreeSet<String>();
        fields.addAll(before.keySet());
        fields.addAll(after.keySet());
        var changes = new LinkedHashMap<String, Change>();
        for (var field : fields) {
            var from = text(before.get(field));
            var to = text(after.get(field));
            if (!Objects.equals(from, to)) {
                changes.put(field, new Change(from, to));
            }
        }
        return changes;
    }

    private static String text(Object value) {
        // PostgreSQL keeps microseconds, and the driver rounds a time sent with nanoseconds to the nearest one: the
        // same time read back is no change
        if (value instanceof Instant instant) {
            return instant.plusNanos(500).truncatedTo(ChronoUnit.MICROS).toString();
        }
        return value == null ? null : value.toString();
    }
}
