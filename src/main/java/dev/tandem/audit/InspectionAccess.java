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
 * A contractor's supervisor starts joint inspections with the area's line manager; the safety department audits
 * contractors.
 */
public final class InspectionAccess {

    private static final Role[] INSPECTORS = {WORKER, CONTRACTOR_SUPERVISOR, LINE_MANAGER, HSE_SPECIALIST, DIRECTOR};

    private InspectionAccess() {}

    /** Starting one at all: the "start" form. */
    public static boolean canStart(Viewer viewer) {
        return viewer.has(INSPECTORS);
    }

    /**
     * Starting one of the kind: a joint one by a contractor's supervisor, an audit of a contractor by the owner
     * company's safety department.
     */
    public static boolean canStart(Viewer viewer, InspectionKind kind) {
        return switch (kind) {
            case INSPECTION -> canStart(viewer);
            case JOINT -> viewer.contractor() && viewer.has(CONTRACTOR_SUPERVISOR);
            case CONTRACTOR_AUDIT -> viewer.hasOwnerRole(HSE_SPECIALIST);
        };
    }

    /**
     * Signing a joint inspection, on the viewer's side: the contractor's supervisor of its work, and the owner company's
     * invited person, or a line manager or safety specialist.
     */
    public static boolean canSign(Viewer viewer, Inspection inspection) {
        if (inspection.kind() != InspectionKind.JOINT || !canRead(viewer, inspection)) {
            return false;
        }
        return viewer.contractor()
                ? viewer.has(CONTRACTOR_SUPERVISOR) && viewer.organisationId().equals(inspection.organisationId())
                : (viewer.personId() != null && viewer.personId().equals(inspection.invitedPersonId()))
                        || viewer.hasOwnerRole(LINE_MANAGER, HSE_SPECIALIST);
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
        if (inspection.slot().assignedPersonId() != null) {
            return inspection.slot().assignedPersonId().equals(viewer.personId());
        }
        return inspection.slot().assignedRole() == null
                || viewer.roles().stream()
                        .anyMatch(role -> role.name().equals(inspection.slot().assignedRole()));
    }

    /** Planning schedules at all: the "new schedule" form. */
    public static boolean plans(Viewer viewer) {
        return viewer.hasOwnerRole(HSE_SPECIALIST, LINE_MANAGER)
                || (viewer.contractor() && viewer.has(CONTRACTOR_SUPERVISOR));
    }

    /** Limits a list over {@code audit_inspection i} to the inspections the viewer reads. */
    static ListQuery readable(ListQuery query, Viewer viewer) {
        return query.visibleTo(viewer, "coalesce(i.organisation_id, i.started_by_organisation_id)");
    }
}
