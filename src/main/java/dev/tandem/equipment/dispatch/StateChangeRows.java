package dev.tandem.equipment.dispatch;

import dev.tandem.equipment.DowntimeReason;
import dev.tandem.equipment.EquipmentState;
import dev.tandem.equipment.StateChangeSource;
import dev.tandem.equipment.dispatch.DowntimeLedger.Machine;
import dev.tandem.equipment.reliability.Moment;
import dev.tandem.shared.RecordRows;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The table of state changes: written in batches, read as timelines. */
@Component
public class StateChangeRows {

    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    StateChangeRows(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** A stored change, as checking a new one against it needs. */
    public record Stored(
            UUID id, UUID equipmentId, Instant at, EquipmentState state, DowntimeReason reason, boolean voided) {

        boolean sameAs(UUID otherEquipment, Instant otherAt, EquipmentState otherState, DowntimeReason otherReason) {
            return equipmentId.equals(otherEquipment)
                    && at.equals(otherAt)
                    && state == otherState
                    && reason == otherReason;
        }
    }

    /** A change to insert, checked. */
    public record NewChange(
            UUID id, UUID equipmentId, Instant at, EquipmentState state, DowntimeReason reason, String note) {}

    /** Current changes of one machine between two moments, both included. */
    public List<Stored> current(UUID equipmentId, Instant first, Instant last) {
        return jdbc.sql(
                        """
                        select id, equipment_id, at, state, reason, false as voided from equipment_state_change
                        where equipment_id = :equipment and voided_at is null and at between :first and :last""")
                .param("equipment", equipmentId)
                .param("first", utc(first))
                .param("last", utc(last))
                .query(RecordRows.of(Stored.class))
                .list();
    }

    public List<Stored> withIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(
                        """
                        select id, equipment_id, at, state, reason, voided_at is not null as voided
                        from equipment_state_change where id in (:ids)""")
                .param("ids", ids)
                .query(RecordRows.of(Stored.class))
                .list();
    }

    public void insert(List<NewChange> changes, StateChangeSource source, Instant recordedAt, UUID by, String byName) {
        var rows = new ArrayList<Object[]>();
        for (var change : changes) {
            rows.add(new Object[] {
                change.id(),
                change.equipmentId(),
                utc(change.at()),
                change.state().name(),
                change.reason() == null ? null : change.reason().name(),
                change.note(),
                source.name(),
                utc(recordedAt),
                by,
                byName
            });
            if (rows.size() == BATCH) {
                insertRows(rows);
                rows.clear();
            }
        }
        if (!rows.isEmpty()) {
            insertRows(rows);
        }
    }

    private void insertRows(List<Object[]> rows) {
        template.batchUpdate(
                """
                insert into equipment_state_change
                    (id, equipment_id, at, state, reason, note, source, recorded_at, recorded_by, recorded_by_name)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                rows);
    }

    public void voidChange(UUID id, Instant at, UUID by, String reason) {
        jdbc.sql(
                        """
                        update equipment_state_change set voided_at = :at, voided_by = :by, voided_reason = :reason
                        where id = :id""")
                .param("id", id)
                .param("at", utc(at))
                .param("by", by)
                .param("reason", reason)
                .update();
    }

    /**
     * A machine's current changes, oldest first, from {@code from} on (from the beginning when null) and up to
     * {@code to} excluded (to the end when null).
     */
    public List<Moment> timeline(UUID equipmentId, Instant from, Instant to) {
        return jdbc.sql(
                        """
                        select id, at, state, reason, note from equipment_state_change
                        where equipment_id = :equipment and voided_at is null
                          and (cast(:from as timestamptz) is null or at >= :from)
                          and (cast(:to as timestamptz) is null or at < :to)
                        order by at""")
                .param("equipment", equipmentId)
                .param("from", utc(from))
                .param("to", utc(to))
                .query(RecordRows.of(Moment.class))
                .list();
    }

    /** The moment of the last current change before {@code at} that is not DOWN: no downtime runs across it. */
    Optional<Instant> lastSettledBefore(UUID equipmentId, Instant at) {
        return jdbc.sql(
                        """
                        select at from equipment_state_change
                        where equipment_id = :equipment and voided_at is null and at < :at and state <> 'DOWN'
                        order by at desc limit 1""")
                .param("equipment", equipmentId)
                .param("at", utc(at))
                .query(OffsetDateTime.class)
                .optional()
                .map(OffsetDateTime::toInstant);
    }

    /** The moment of the last current change before {@code at}: the state the machine was in at {@code at}. */
    public Optional<Instant> lastBefore(UUID equipmentId, Instant at) {
        return jdbc.sql(
                        """
                        select at from equipment_state_change
                        where equipment_id = :equipment and voided_at is null and at < :at
                        order by at desc limit 1""")
                .param("equipment", equipmentId)
                .param("at", utc(at))
                .query(OffsetDateTime.class)
                .optional()
                .map(OffsetDateTime::toInstant);
    }

    /**
     * Locks the machines, in a fixed order so that two recordings never wait on each other crosswise: a machine's
     * timeline changes one recording at a time.
     */
    public Map<UUID, Machine> lockMachines(Set<UUID> ids) {
        var machines = new HashMap<UUID, Machine>();
        if (ids.isEmpty()) {
            return machines;
        }
        jdbc.sql("select id, site_id, area_id from equipment where id in (:ids) order by id for update")
                .param("ids", ids)
                .query(RecordRows.of(Machine.class))
                .list()
                .forEach(machine -> machines.put(machine.id(), machine));
        return machines;
    }

    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
