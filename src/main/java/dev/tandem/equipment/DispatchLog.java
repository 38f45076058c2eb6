package dev.tandem.equipment;

import dev.tandem.equipment.access.EquipmentAccess;
import dev.tandem.equipment.dispatch.DispatchQueries;
import dev.tandem.equipment.dispatch.DispatchReport;
import dev.tandem.equipment.dispatch.DowntimeLedger;
import dev.tandem.equipment.dispatch.StateChange;
import dev.tandem.equipment.dispatch.StateChangeCheck;
import dev.tandem.equipment.dispatch.StateChangeRows;
import dev.tandem.equipment.dispatch.StateChangeRows.Stored;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.RowError;
import dev.tandem.shared.Viewer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dispatch data: the state changes of machines, one at a time, in batches or from a file. A batch or a file is
 * recorded whole or not at all. Changes may arrive in any order: each one takes its place in the machine's timeline
 * and the downtimes after it are derived again. Recorded changes are never edited, only voided with a reason.
 */
@Service
@Transactional
public class DispatchLog {

    /** The most changes one batch or file may hold. */
    public static final int MAX_BATCH = 10_000;

    private final EquipmentUnits units;
    private final StateChangeRows rows;
    private final DowntimeLedger ledger;
    private final DispatchQueries queries;
    private final Clock clock;

    DispatchLog(
            EquipmentUnits units, StateChangeRows rows, DowntimeLedger ledger, DispatchQueries queries, Clock clock) {
        this.units = units;
        this.rows = rows;
        this.ledger = ledger;
        this.queries = queries;
        this.clock = clock;
    }

    /** A recorded change, and whether this request stored it (false: it was recorded already). */
    public record Recording(StateChange change, boolean created) {}

    /** Records one change; the same change sent again is returned as stored, another state at its moment refused. */
    public Recording record(RecordStateChange command, StateChangeSource source, Viewer viewer) {
        var report = recordAll(List.of(command), source, viewer);
        if (!report.accepted()) {
            throw report.errors().get(0).asInvalidRequest();
        }
        return new Recording(queries.change(report.ids().get(0), viewer), report.created() == 1);
    }

    /** Records every change of a batch, or none when any is wrong; errors name the item by its index. */
    public DispatchReport recordAll(List<RecordStateChange> commands, StateChangeSource source, Viewer viewer) {
        EquipmentAccess.requireRecorder(viewer);
        checkSize(commands.size(), "changes");
        var indexes = IntStream.range(0, commands.size()).boxed().toList();
        var check = new StateChangeCheck(indexes, false, Instant.now(clock));
        return store(check, commands, List.of(), source, viewer);
    }

    /** Voids a change with a reason; the machine's downtimes are derived again without it. */
    public StateChange voidChange(UUID changeId, String reason, Viewer viewer) {
        EquipmentAccess.requireRecorder(viewer);
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "rule.voidReasonRequired");
        }
        var change = queries.change(changeId, viewer);
        var machine = rows.lockMachines(Set.of(change.equipmentId())).get(change.equipmentId());
        if (rows.withIds(Set.of(changeId)).get(0).voided()) {
            throw new InvalidRequestException("reason", "rule.alreadyVoided");
        }
        rows.voidChange(changeId, Instant.now(clock), viewer.userId(), reason.trim());
        ledger.recompute(machine, change.at());
        return queries.change(changeId, viewer);
    }

    /**
     * Checks the changes (after {@code earlier} errors found reading them) and, when nothing is wrong, records them
     * and derives the downtimes of each machine again from its earliest new change on.
     */
    public DispatchReport store(
            StateChangeCheck check,
            List<RecordStateChange> commands,
            List<RowError> earlier,
            StateChangeSource source,
            Viewer viewer) {
        var wanted = commands.stream()
                .filter(Objects::nonNull)
                .map(RecordStateChange::equipmentId)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
        var machines = rows.lockMachines(wanted);
        var inUse = new HashMap<UUID, Equipment>();
        units.findAllById(machines.keySet()).stream()
                .filter(equipment -> !equipment.isVoided())
                .forEach(equipment -> inUse.put(equipment.id(), equipment));
        var candidates = check.each(commands, inUse);
        var outcome = check.together(candidates, storedById(candidates), storedAt(candidates), commands.size());
        var errors = new ArrayList<>(earlier);
        errors.addAll(check.errors());
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(RowError::row));
            return DispatchReport.rejected(errors);
        }
        var now = Instant.now(clock);
        rows.insert(outcome.added(), source, now, viewer.userId(), viewer.displayName());
        var firstChange = new TreeMap<UUID, Instant>();
        for (var change : outcome.added()) {
            firstChange.merge(change.equipmentId(), change.at(), (a, b) -> a.isBefore(b) ? a : b);
        }
        firstChange.forEach((equipment, from) -> ledger.recompute(machines.get(equipment), from));
        int created = outcome.added().size();
        return new DispatchReport(created, commands.size() - created, outcome.ids(), List.of());
    }

    private Map<UUID, Stored> storedById(List<StateChangeCheck.Candidate> candidates) {
        var ids = candidates.stream()
                .map(StateChangeCheck.Candidate::id)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return rows.withIds(ids).stream().collect(Collectors.toMap(Stored::id, Function.identity()));
    }

    /** The stored changes at the candidates' moments: one query per machine over the span they cover. */
    private Map<String, Stored> storedAt(List<StateChangeCheck.Candidate> candidates) {
        var stored = new HashMap<String, Stored>();
        candidates.stream()
                .collect(Collectors.groupingBy(StateChangeCheck.Candidate::equipmentId))
                .forEach((equipment, changes) -> {
                    var first = changes.stream()
                            .map(StateChangeCheck.Candidate::at)
                            .min(Comparator.naturalOrder())
                            .orElseThrow();
                    var last = changes.stream()
                            .map(StateChangeCheck.Candidate::at)
                            .max(Comparator.naturalOrder())
                            .orElseThrow();
                    rows.current(equipment, first, last)
                            .forEach(row -> stored.put(StateChangeCheck.key(row.equipmentId(), row.at()), row));
                });
        return stored;
    }

    public static void checkSize(int size, String field) {
        if (size == 0) {
            throw new InvalidRequestException(field, "equipment.rule.noChanges");
        }
        if (size > MAX_BATCH) {
            throw new InvalidRequestException(field, "equipment.rule.tooManyChanges", MAX_BATCH);
        }
    }
}
