package dev.tandem.event;

import static dev.tandem.shared.Role.ADMIN;
import static dev.tandem.shared.Role.CONTRACTOR_SUPERVISOR;
import static dev.tandem.shared.Role.DIRECTOR;
import static dev.tandem.shared.Role.HSE_SPECIALIST;
import static dev.tandem.shared.Role.LINE_MANAGER;

import dev.tandem.shared.ListQuery;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;

/**
 * Who sees which safety events. Supervisors, managers and the safety department read the events of the
 * organisations they may see; everyone else reads the events they reported themselves. Only the owner company's
 * line managers and safety department review them.
 */
final class EventAccess {

    static final Role[] READERS = {CONTRACTOR_SUPERVISOR, LINE_MANAGER, HSE_SPECIALIST, DIRECTOR, ADMIN};

    private EventAccess() {}

    static boolean canRead(Viewer viewer, SafetyEvent event) {
        if (!viewer.has(READERS)) {
            return viewer.userId() != null && viewer.userId().equals(event.reporterId());
        }
        return !viewer.contractor() || event.concerns(viewer.organisationId());
    }

    /** Who may know the name of an event's reporter: the plant's people in charge and the reporter's supervisor. */
    static boolean mayKnowReporter(Viewer viewer, SafetyEvent event) {
        var reporter = viewer.personId() != null && viewer.personId().equals(event.reporterPersonId());
        var supervisor = viewer.has(CONTRACTOR_SUPERVISOR)
                && viewer.organisationId() != null
                && viewer.organisationId().equals(event.reporterOrganisationId());
        return reporter || supervisor || viewer.hasOwnerRole(LINE_MANAGER, HSE_SPECIALIST, DIRECTOR, ADMIN);
    }

    static boolean canReview(Viewer viewer) {
        return viewer.hasOwnerRole(LINE_MANAGER, HSE_SPECIALIST);
    }

    /** Limits a list over {@code safety_event e} to the events the viewer reads. */
    static ListQuery readable(ListQuery query, Viewer viewer) {
        if (!viewer.has(READERS)) {
            return viewer.userId() == null
                    ? query.where("false")
                    : query.where("e.reporter_id = :viewerUser", "viewerUser", viewer.userId());
        }
        return query.where(
                "(e.organisation_id = :viewerOrg or e.reporter_organisation_id = :viewerOrg"
                        + " or :viewerOrg = any(e.involved_organisation_ids))",
                "viewerOrg",
                viewer.scopeOrganisation());
    }
}
