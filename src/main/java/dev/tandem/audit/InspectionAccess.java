package dev.tandem.audit;

import static dev.tandem.shared.Role.CONTRACTOR_SUPERVISOR;
import static dev.tandem.shared.Role.DIRECTOR;
import static dev.tandem.shared.Role.HSE_SPECIALIST;
import static dev.tandem.shared.Role.LINE_MANAGER;
import static dev.tandem.shared.Role.WORKER;

import dev.tandem.shared.ListQuery;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;

/**
 * Who starts, reads and does inspections. Everyone on site but IT starts one; the owner company reads them all, a
 * contractor's people only those of their organisation: the ones of its work and the ones it started, never another
 * contractor's. A schedule's inspection is done by the person or a holder of the role it is assigned to, or by a
 * supervisor, line manager or safety specialist; one started ad hoc by anyone who may start one and reads it. The
 * owner company's safety department and line managers plan schedules, a contractor's supervisor those of its own work.
 */
public final class InspectionAccess {

    private static final Role[] INSPECTORS = {WORKER, CONTRACTOR_SUPERVISOR, LINE_MANAGER, HSE_SPECIALIST, DIRECTOR};

    private InspectionAccess() {}

    public static boolean canStart(Viewer viewer) {
        return viewer.has(INSPECTORS);
    }

    public static boolean canRead(Viewer viewer, Inspection inspection) {
        return viewer.canSee(inspection.scopeOrganisationId());
    }

    /** Answering, photographing, recording findings and completing. */
    public static boolean canConduct(Viewer viewer, Inspection inspection) {
        if (!canRead(viewer, inspection) || !viewer.has(INSPECTORS)) {
            return false;
        }
        if (viewer.has(CONTRACTOR_SUPERVISOR, LINE_MANAGER, HSE_SPECIALIST)) {
            return true;
        }
        if (inspection.assignedPersonId() != null) {
            return inspection.assignedPersonId().equals(viewer.personId());
        }
        return inspection.assignedRole() == null
                || viewer.roles().stream().anyMatch(role -> role.name().equals(inspection.assignedRole()));
    }

    /** Planning schedules at all: the "new schedule" form. */
    public static boolean plans(Viewer viewer) {
        return viewer.hasOwnerRole(HSE_SPECIALIST, LINE_MANAGER) || (viewer.contractor() && viewer.has(CONTRACTOR_SUPERVISOR));
    }

    /** Limits a list over {@code audit_inspection i} to the inspections the viewer reads. */
    static ListQuery readable(ListQuery query, Viewer viewer) {
        return query.visibleTo(viewer, "coalesce(i.organisation_id, i.started_by_organisation_id)");
    }
}
