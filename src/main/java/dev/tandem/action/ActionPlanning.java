package dev.tandem.action;

import dev.tandem.action.references.ActionReferences;
import dev.tandem.action.reminders.ActionReminders;
import dev.tandem.history.AuditedRecords;
import dev.tandem.history.CreateRule;
import dev.tandem.history.Created;
import dev.tandem.history.History;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner company's line managers and safety department raise corrective actions (from an event now, from audits,
 * meetings and the rest later), change and void them, and verify the work: never their own, four eyes. A raise sent
 * again under the same id returns the stored action.
 */
@Service
@Transactional
public class ActionPlanning {

    private final CorrectiveActions actions;
    private final AuditedRecords<CorrectiveAction> records;
    private final ActionReferences references;
    private final ActionReminders reminders;

    ActionPlanning(CorrectiveActions actions, History history, ActionReferences references, ActionReminders reminders) {
        this.actions = actions;
        this.records = history.auditing(actions, ActionAccess::canRead);
        this.references = references;
        this.reminders = reminders;
    }

    /** Raises an action; one whose id is stored already is returned as it is, to a viewer who may read it. */
    public Created<CorrectiveAction> raise(RaiseAction raise, Viewer viewer) {
        requirePlanner(viewer);
        return records.create(raise.id(), CreateRule.checkedBefore(), id -> raised(id, raise, viewer), viewer);
    }

    private CorrectiveAction raised(UUID id, RaiseAction raise, Viewer viewer) {
        var origin = references.origin(raise, viewer);
        references.requireOwner(raise.ownerPersonId(), origin.responsibleOrganisationId());
        references.requireDueDate(raise.dueDate());
        return CorrectiveAction.raised(id, raise, origin, references.now());
    }

    /** An action the viewer may read. */
    @Transactional(readOnly = true)
    public CorrectiveAction action(UUID id, Viewer viewer) {
        return actions.findById(id)
                .map(action -> readable(action, viewer))
                .orElseThrow(() -> new NotFoundException("CorrectiveAction", id));
    }

    /**
     * An action the viewer may read, if there is one: for a caller in a transaction of its own, which a "not found"
     * thrown through this transactional method would mark for rollback.
     */
    @Transactional(readOnly = true)
    public Optional<CorrectiveAction> findAction(UUID id, Viewer viewer) {
        return actions.findById(id).filter(action -> ActionAccess.canRead(viewer, action));
    }

    /**
     * The record an action would be raised from, as the viewer may read it; for a form to start from. It runs in no
     * transaction of its own, so that a source the viewer may not see leaves nothing marked for rollback.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<ActionSource> source(SourceType type, UUID sourceId, Viewer viewer) {
        return references.source(type, sourceId, viewer);
    }

    /** Changes what, who, which organisation, when; a new due date is reminded of anew. */
    public CorrectiveAction revise(UUID id, Precondition precondition, ReviseAction revision, Viewer viewer) {
        var action = planned(id, viewer);
        if (!Objects.equals(revision.responsibleOrganisationId(), action.responsibleOrganisationId())) {
            references.requireOrganisation(revision.responsibleOrganisationId());
        }
        if (!Objects.equals(revision.ownerPersonId(), action.ownerPersonId())
                || !Objects.equals(revision.responsibleOrganisationId(), action.responsibleOrganisationId())) {
            references.requireOwner(revision.ownerPersonId(), revision.responsibleOrganisationId());
        }
        boolean newDueDate = !revision.dueDate().equals(action.dueDate());
        if (newDueDate) {
            references.requireDueDate(revision.dueDate());
        }
        var revised = records.change(action, precondition, changed -> changed.revise(revision), viewer);
        if (newDueDate) {
            reminders.forget(revised.id());
        }
        return revised;
    }

    public CorrectiveAction verify(UUID id, Precondition precondition, Viewer viewer) {
        var now = references.now();
        return change(id, precondition, viewer, action -> action.verify(viewer.personId(), now));
    }

    /** Verification failed: the work goes back to IN_PROGRESS with the reason. */
    public CorrectiveAction reopen(UUID id, Precondition precondition, String reason, Viewer viewer) {
        var now = references.now();
        return change(id, precondition, viewer, action -> action.reopen(reason, now));
    }

    public CorrectiveAction voidAction(UUID id, String reason, Viewer viewer) {
        return records.voidRecord(planned(id, viewer), reason, viewer);
    }

    private CorrectiveAction change(
            UUID id, Precondition precondition, Viewer viewer, Consumer<CorrectiveAction> step) {
        return records.change(planned(id, viewer), precondition, step, viewer);
    }

    private CorrectiveAction planned(UUID id, Viewer viewer) {
        var action = action(id, viewer);
        requirePlanner(viewer);
        return action;
    }

    private static CorrectiveAction readable(CorrectiveAction action, Viewer viewer) {
        if (!ActionAccess.canRead(viewer, action)) {
            throw new NotFoundException("CorrectiveAction", action.id());
        }
        return action;
    }

    private static void requirePlanner(Viewer viewer) {
        if (!ActionAccess.canPlan(viewer)) {
            throw new AccessDeniedException("planning corrective actions");
        }
    }
}
