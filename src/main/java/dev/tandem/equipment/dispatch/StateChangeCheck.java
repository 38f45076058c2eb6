package dev.tandem.equipment.dispatch;

import dev.tandem.equipment.DowntimeReason;
import dev.tandem.equipment.Equipment;
import dev.tandem.equipment.EquipmentState;
import dev.tandem.equipment.RecordStateChange;
import dev.tandem.equipment.dispatch.StateChangeRows.NewChange;
import dev.tandem.equipment.dispatch.StateChangeRows.Stored;
import dev.tandem.shared.RowError;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Checks state changes before anything is written, collecting every wrong field of every change rather than
 * stopping at the first: first each change on its own, then against what is stored and against each other. The same
 * change sent again (same machine, moment, state and reason) is harmless; another state at a recorded moment is
 * an error.
 */
public final class StateChangeCheck {

    /** Phones' and control systems' clocks run a little ahead: a few minutes are forgiven. */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    /** Earlier than this is a typing error (a year 0205), not dispatch data. */
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    static final int NOTE_LENGTH = 1000;

    /** A change that passed the first round: its machine exists, its fields make sense. */
    public record Candidate(
            int index,
            UUID id,
            UUID equipmentId,
            Instant at,
            EquipmentState state,
            DowntimeReason reason,
            String note) {}

    /** What the second round decided: the changes to add, and the id every change is stored under. */
    public record Outcome(List<NewChange> added, List<UUID> ids, int unchanged) {}

    private final List<Integer> rows;
    private final boolean file;
    private final Instant now;
    private final List<RowError> errors = new ArrayList<>();

    /**
     * @param rows how errors name each change: its row in a file, or its index in a batch
     * @param file whether the changes come from a file (messages then speak of rows, not items)
     */
    public StateChangeCheck(List<Integer> rows, boolean file, Instant now) {
        this.rows = rows;
        this.file = file;
        this.now = now;
    }

    public List<RowError> errors() {
        return List.copyOf(errors);
    }

    /** The first round: each change on its own; {@code machines} holds the equipment in use by id. */
    public List<Candidate> each(List<RecordStateChange> commands, Map<UUID, Equipment> machines) {
        var candidates = new ArrayList<Candidate>();
        for (int index = 0; index < commands.size(); index++) {
            var command = commands.get(index);
            int before = errors.size();
            if (command == null) {
                reject(index, "equipmentId", "equipment.rule.equipmentRequired");
                continue;
            }
            if (command.equipmentId() == null) {
                reject(index, "equipmentId", "equipment.rule.equipmentRequired");
            } else if (!machines.containsKey(command.equipmentId())) {
                reject(index, "equipmentId", "equipment.rule.noSuchEquipment");
            }
            var at = moment(index, command.at());
            if (command.state() == null) {
                reject(index, "state", "equipment.rule.stateRequired");
            } else if (command.state() == EquipmentState.DOWN && command.reason() == null) {
                reject(index, "reason", "equipment.rule.reasonRequired");
            } else if (command.state() == EquipmentState.RUNNING && command.reason() != null) {
                reject(index, "reason", "equipment.rule.noReasonWhenRunning");
            }
            var note = command.note() == null || command.note().isBlank()
                    ? null
                    : command.note().trim();
            if (note != null && note.length() > NOTE_LENGTH) {
                reject(index, "note", "equipment.rule.noteTooLong", NOTE_LENGTH);
            }
            if (errors.size() == before) {
                candidates.add(new Candidate(
                        index, command.id(), command.equipmentId(), at, command.state(), command.reason(), note));
            }
        }
        return candidates;
    }

    private Instant moment(int index, Instant at) {
        if (at == null) {
            reject(index, "at", "equipment.rule.timeRequired");
            return null;
        }
        if (at.isAfter(now.plus(CLOCK_TOLERANCE))) {
            reject(index, "at", "equipment.rule.timeInFuture");
        } else if (at.isBefore(EARLIEST)) {
            reject(index, "at", "equipment.rule.timeTooEarly");
        }
        // the database keeps microseconds: a repeat must compare equal to what was stored
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * The second round, on the changes that passed the first: each is the repeat of a stored change or of an
     * earlier one of the same batch (harmless), in conflict with one of them (an error), or new.
     *
     * @param storedById stored changes with the ids the candidates bring
     * @param storedAt current stored changes at the candidates' moments, by {@link #key}
     */
    public Outcome together(
            List<Candidate> candidates, Map<UUID, Stored> storedById, Map<String, Stored> storedAt, int total) {
        var ids = new ArrayList<UUID>(Collections.nCopies(total, null));
        var added = new ArrayList<NewChange>();
        var firstAt = new HashMap<String, Candidate>();
        var idsTaken = new HashMap<UUID, Candidate>();
        for (var candidate : candidates) {
            int index = candidate.index();
            var moment = key(candidate.equipmentId(), candidate.at());
            if (candidate.id() != null && storedById.containsKey(candidate.id())) {
                repeat(candidate, storedById.get(candidate.id()), ids);
            } else if (storedAt.containsKey(moment)) {
                atStoredMoment(candidate, storedAt.get(moment), ids);
            } else if (firstAt.containsKey(moment)) {
                atMomentOfItem(candidate, firstAt.get(moment), ids);
            } else {
                var id = candidate.id() == null ? UUID.randomUUID() : candidate.id();
                var earlier = idsTaken.putIfAbsent(id, candidate);
                if (earlier != null) {
                    reject(index, "id", "equipment.rule.changeIdRepeated", rows.get(earlier.index()));
                    continue;
                }
                firstAt.put(moment, candidate);
                ids.set(index, id);
                added.add(new NewChange(
                        id,
                        candidate.equipmentId(),
                        candidate.at(),
                        candidate.state(),
                        candidate.reason(),
                        candidate.note()));
            }
        }
        int unchanged = (int) ids.stream().filter(Objects::nonNull).count() - added.size();
        return new Outcome(added, ids, unchanged);
    }

    /** A change that brings the id of a stored one: the same change again, or an id taken. */
    private void repeat(Candidate candidate, Stored stored, List<UUID> ids) {
        if (stored.sameAs(candidate.equipmentId(), candidate.at(), candidate.state(), candidate.reason())) {
            ids.set(candidate.index(), stored.id());
        } else {
            reject(candidate.index(), "id", "equipment.rule.changeIdTaken");
        }
    }

    private void atStoredMoment(Candidate candidate, Stored stored, List<UUID> ids) {
        if (stored.state() == candidate.state() && stored.reason() == candidate.reason()) {
            ids.set(candidate.index(), stored.id());
        } else {
            reject(
                    candidate.index(),
                    "at",
                    "equipment.rule.stateConflict",
                    stored.state().name());
        }
    }

    private void atMomentOfItem(Candidate candidate, Candidate first, List<UUID> ids) {
        if (first.state() == candidate.state() && first.reason() == candidate.reason()) {
            ids.set(candidate.index(), ids.get(first.index()));
        } else {
            reject(
                    candidate.index(),
                    "at",
                    file ? "equipment.import.sameMomentAsRow" : "equipment.rule.sameMomentAsItem",
                    rows.get(first.index()));
        }
    }

    public static String key(UUID equipmentId, Instant at) {
        return equipmentId + "@" + at;
    }

    private void reject(int index, String field, String code, Object... arguments) {
        errors.add(RowError.of(rows.get(index), field, code, arguments));
    }
}
