package dev.tandem.action;

import dev.tandem.action.references.ActionReferences;
import dev.tandem.history.AuditedRecords;
import dev.tandem.history.History;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The owner of an action, or a supervisor of the organisation responsible, starts the work and reports it done. */
@Service
@Transactional
public class ActionProgress {

    private final ActionPlanning planning;
    private final AuditedRecords<CorrectiveAction> records;
    private final ActionReferences references;

    ActionProgress(ActionPlanning planning, CorrectiveActions actions, History history, ActionReferences references) {
        this.planning = planning;
        this.records = history.auditing(actions, ActionAccess::canRead);
        this.references = references;
    }

    public CorrectiveAction start(UUID id, Precondition precondition, Viewer viewer) {
        var now = references.now();
        return step(id, precondition, viewer, action -> action.start(now));
    }

    /** Reports the work done; the note says what was done, for the one who verifies it. */
    public CorrectiveAction complete(UUID id, Precondition precondition, String note, Viewer viewer) {
        var now = references.now();
        return step(id, precondition, viewer, action -> action.complete(note, now));
    }

    private CorrectiveAction step(UUID id, Precondition precondition, Viewer viewer, Consumer<CorrectiveAction> step) {
        var action = planning.action(id, viewer);
        if (!ActionAccess.canProgress(viewer, action)) {
            throw new AccessDeniedException("only the owner or the responsible organisation's supervisor");
        }
        return records.change(action, precondition, step, viewer);
    }
}
