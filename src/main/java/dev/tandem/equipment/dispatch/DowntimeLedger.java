package dev.tandem.equipment.dispatch;

import static dev.tandem.equipment.dispatch.StateChangeRows.utc;

import dev.tandem.equipment.DowntimeEnded;
import dev.tandem.equipment.DowntimeRevised;
import dev.tandem.equipment.DowntimeStarted;
import dev.tandem.equipment.EquipmentStatesChanged;
import dev.tandem.equipment.reliability.DowntimeRuns;
import dev.tandem.equipment.reliability.DowntimeRuns.Run;
import dev.tandem.shared.RecordRows;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the downtime table in step with the timeline. After changes from a moment on (recorded late, out of order,
 * or voided), the downtimes from the last settled state before that moment are derived again and compared with
 * those stored: new ones are added and announced, ended ones announced, moved or vanished ones revised; that the
 * timeline changed is announced as well. Call it in the transaction that changed the timeline, with the machine
 * locked.
 */
@Component
public class DowntimeLedger {

    private final StateChangeRows changes;
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    // downtimes are rows derived from the timeline in SQL, not an aggregate saved through a repository
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DowntimeLedger(
            StateChangeRows changes,
            JdbcClient jdbc,
            JdbcTemplate template,
            ApplicationEventPublisher events,
            Clock clock) {
        this.changes = changes;
        this.jdbc = jdbc;
        this.template = template;
        this.events = events;
        this.clock = clock;
    }

    /** The machine whose timeline changed, with where it stands, for the events. */
    public record Machine(UUID id, UUID siteId, UUID areaId) {}

    private record Stored(UUID id, Instant endedAt, boolean withdrawn) {}

    /** Derives the downtimes of a machine again after its timeline changed from {@code changedFrom} on. */
    public void recompute(Machine machine, Instant changedFrom) {
        var settled = changes.lastSettledBefore(machine.id(), changedFrom).orElse(null);
        var runs = DowntimeRuns.of(changes.timeline(machine.id(), settled, null));
        var stored = stored(machine.id(), settled);
        var added = new ArrayList<Run>();
        for (var run : runs) {
            var before = stored.remove(run.id());
            if (before == null) {
                added.add(run);
            } else if (before.withdrawn()) {
                reinstate(run);
                announce(machine, run);
            } else if (!Objects.equals(before.endedAt(), run.endedAt())) {
                end(run);
                if (before.endedAt() == null) {
                    events.publishEvent(ended(machine, run));
                } else {
                    events.publishEvent(new DowntimeRevised(run.id(), machine.id(), false));
                }
            }
        }
        // written before they are announced, so that a listener finds what it is told about
        insert(machine, added);
        added.forEach(run -> announce(machine, run));
        var now = Instant.now(clock);
        stored.values().stream().filter(row -> !row.withdrawn()).forEach(row -> {
            jdbc.sql("update downtime set withdrawn_at = :now where id = :id")
                    .param("now", utc(now))
                    .param("id", row.id())
                    .update();
            events.publishEvent(new DowntimeRevised(row.id(), machine.id(), true));
        });
        events.publishEvent(new EquipmentStatesChanged(machine.id(), changedFrom));
    }

    /** The downtimes stored from a moment on (all when null), withdrawn ones too, by id. */
    private Map<UUID, Stored> stored(UUID equipmentId, Instant from) {
        var stored = new HashMap<UUID, Stored>();
        jdbc.sql(
                        """
                        select id, ended_at, withdrawn_at is not null as withdrawn from downtime
                        where equipment_id = :equipment and (cast(:from as timestamptz) is null or started_at >= :from)""")
                .param("equipment", equipmentId)
                .param("from", utc(from))
                .query(RecordRows.of(Stored.class))
                .list()
                .forEach(row -> stored.put(row.id(), row));
        return stored;
    }

    private void announce(Machine machine, Run run) {
        events.publishEvent(new DowntimeStarted(
                run.id(),
                machine.id(),
                machine.siteId(),
                machine.areaId(),
                run.startedAt(),
                run.reason(),
                run.planned()));
        if (run.endedAt() != null) {
            events.publishEvent(ended(machine, run));
        }
    }

    private static DowntimeEnded ended(Machine machine, Run run) {
        return new DowntimeEnded(
                run.id(),
                machine.id(),
                machine.siteId(),
                machine.areaId(),
                run.startedAt(),
                run.endedAt(),
                run.reason(),
                run.planned());
    }

    private void insert(Machine machine, List<Run> runs) {
        var rows = runs.stream()
                .map(run -> new Object[] {
                    run.id(),
                    machine.id(),
                    utc(run.startedAt()),
                    utc(run.endedAt()),
                    run.reason().name(),
                    run.planned(),
                    run.note()
                })
                .toList();
        if (!rows.isEmpty()) {
            template.batchUpdate(
                    """
                    insert into downtime (id, equipment_id, started_at, ended_at, reason, planned, note)
                    values (?, ?, ?, ?, ?, ?, ?)""",
                    rows);
        }
    }

    private void end(Run run) {
        jdbc.sql("update downtime set ended_at = :ended where id = :id")
                .param("ended", endOf(run))
                .param("id", run.id())
                .update();
    }

    private void reinstate(Run run) {
        jdbc.sql("update downtime set ended_at = :ended, withdrawn_at = null where id = :id")
                .param("ended", endOf(run))
                .param("id", run.id())
                .update();
    }

    private static OffsetDateTime endOf(Run run) {
        return utc(run.endedAt());
    }
}
