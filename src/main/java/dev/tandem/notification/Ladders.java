package dev.tandem.notification;

import static dev.tandem.shared.Role.ADMIN;
import static dev.tandem.shared.Role.HSE_SPECIALIST;

import dev.tandem.history.AuditedRecords;
import dev.tandem.history.History;
import dev.tandem.history.HistoryEntry;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The escalation ladders of every kind, kept by the owner company's safety department and administrators; every
 * change lands in the history. An escalation under way keeps the ladder it started with.
 */
@Service
@Transactional
public class Ladders {

    static final int MAX_STEPS = 10;
    static final int MAX_AFTER_MINUTES = 366 * 24 * 60;

    private final EscalationLadders ladders;
    private final AuditedRecords<EscalationLadder> records;
    private final History history;

    Ladders(EscalationLadders ladders, History history) {
        this.ladders = ladders;
        this.records = history.auditing(ladders, (viewer, ladder) -> mayKeep(viewer));
        this.history = history;
    }

    /** Who keeps the ladders, and reads them: the owner company's safety department and administrators. */
    public static boolean mayKeep(Viewer viewer) {
        return viewer.hasOwnerRole(HSE_SPECIALIST, ADMIN);
    }

    /** The ladder of a kind, if it has one. */
    @Transactional(readOnly = true)
    public Optional<EscalationLadder> ladder(String kind, Viewer viewer) {
        requireKeeper(viewer);
        return ladders.findByKind(known(kind).key());
    }

    @Transactional(readOnly = true)
    public List<EscalationLadder> all(Viewer viewer) {
        requireKeeper(viewer);
        return ladders.findAll();
    }

    @Transactional(readOnly = true)
    public List<HistoryEntry> history(EscalationLadder ladder, Viewer viewer) {
        requireKeeper(viewer);
        return history.of(ladder);
    }

    /**
     * Sets a kind's ladder, making it on its first change.
     *
     * @throws InvalidRequestException on {@code steps} for too many steps, a delay out of range or one role told twice
     *     at once, on {@code repeatEveryMinutes} for a repeat shorter than five minutes
     */
    public EscalationLadder change(String kind, ChangeLadder change, Precondition precondition, Viewer viewer) {
        requireKeeper(viewer);
        var known = known(kind);
        check(change);
        return ladders.findByKind(known.key())
                .map(ladder -> records.change(ladder, precondition, it -> it.apply(change), viewer))
                .orElseGet(() -> records.createNew(id -> EscalationLadder.of(id, known.key(), change), viewer));
    }

    static void requireKeeper(Viewer viewer) {
        if (!mayKeep(viewer)) {
            viewer.requireOwnerRole(HSE_SPECIALIST, ADMIN);
        }
    }

    private static NotificationKind known(String kind) {
        return NotificationKinds.of(kind).orElseThrow(() -> new NotFoundException("Notification kind", kind));
    }

    private static void check(ChangeLadder change) {
        if (change.steps().size() > MAX_STEPS) {
            throw new InvalidRequestException("steps", "rule.ladderSteps", MAX_STEPS);
        }
        var seen = new HashSet<EscalationStep>();
        for (var step : change.steps()) {
            if (step.afterMinutes() > MAX_AFTER_MINUTES) {
                throw new InvalidRequestException("steps", "rule.ladderDelay");
            }
            if (!seen.add(step)) {
                throw new InvalidRequestException("steps", "rule.ladderStepTwice");
            }
        }
        if (change.repeatEveryMinutes() != null
                && (change.repeatEveryMinutes() < 5 || change.repeatEveryMinutes() > MAX_AFTER_MINUTES)) {
            throw new InvalidRequestException("repeatEveryMinutes", "rule.ladderRepeat");
        }
        if (change.repeatEveryMinutes() != null && change.steps().isEmpty()) {
            throw new InvalidRequestException("repeatEveryMinutes", "rule.ladderRepeatNeedsStep");
        }
    }
}
