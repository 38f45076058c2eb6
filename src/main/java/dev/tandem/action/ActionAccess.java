package dev.tandem.action;

import static dev.tandem.shared.Role.ADMIN;
import static dev.tandem.shared.Role.CONTRACTOR_SUPERVISOR;
import static dev.tandem.shared.Role.DIRECTOR;
import static dev.tandem.shared.Role.HSE_SPECIALIST;
import static dev.tandem.shared.Role.LINE_MANAGER;

import dev.tandem.shared.ListQuery;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;

/**
 * Who does what with corrective actions. The owner company's line managers and safety department plan them (raise,
 * change, void) and verify them; the owner and the responsible organisation's supervisor carry them out. Supervisors,
 * managers, the safety department and directors read the actions of the organisations they may see (a contractor's
 * people only their own organisation's); everyone else reads the actions they own.
 */
public final class ActionAccess {

    static final Role[] READERS = {CONTRACTOR_SUPERVISOR, LINE_MANAGER, HSE_SPECIALIST, DIRECTOR, ADMIN};

    private ActionAccess() {}

    /** Whether the viewer may read the action: the rule every read of one goes through. */
    public static boolean canRead(Viewer viewer, CorrectiveAction action) {
        return viewer.canSee(action.responsibleOrganisationId())
                && (viewer.has(READERS) || action.isOwnedBy(viewer.personId()));
    }

    /** Raising, changing, voiding and verifying: the owner company's line managers and safety department. */
    public static boolean canPlan(Viewer viewer) {
        return viewer.hasOwnerRole(LINE_MANAGER, HSE_SPECIALIST);
    }

    /** Starting and completing: the owner, or a supervisor of the responsible organisation. */
    public static boolean canProgress(Viewer viewer, CorrectiveAction action) {
        return action.isOwnedBy(viewer.personId())
                || (viewer.has(CONTRACTOR_SUPERVISOR)
                        && action.responsibleOrganisationId().equals(viewer.organisationId()));
    }

    /** Limits a list over {@code corrective_action a} to the actions the viewer reads. */
    public static ListQuery readable(ListQuery query, Viewer viewer) {
        query.visibleTo(viewer, "a.responsible_organisation_id");
        if (viewer.has(READERS)) {
            return query;
        }
        return viewer.personId() == null
                ? query.where("false")
                : query.where("a.owner_person_id = :viewerPerson", "viewerPerson", viewer.personId());
    }
}
