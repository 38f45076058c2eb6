package dev.tandem.stopwork.access;

import static dev.tandem.shared.Role.ADMIN;
import static dev.tandem.shared.Role.CONTRACTOR_SUPERVISOR;
import static dev.tandem.shared.Role.DIRECTOR;
import static dev.tandem.shared.Role.HSE_SPECIALIST;
import static dev.tandem.shared.Role.LINE_MANAGER;

import dev.tandem.shared.ListQuery;
import dev.tandem.shared.Viewer;
import dev.tandem.stopwork.StopWork;
import java.util.UUID;

/**
 * Who sees and answers which stops. The owner company's managers, safety department, directors and administrators
 * read every stop; a contractor's supervisor the stops of its organisation's work and those its people raised;
 * everyone else the stops they raised. The area's line manager and the site's safety department answer a stop. The
 * initiator's name is known to the safety department and the responding manager only: a stop must be safe to make.
 */
public final class StopWorkAccess {

    private StopWorkAccess() {}

    public static boolean canRead(Viewer viewer, StopWork stop) {
        if (raisedBy(viewer, stop) || viewer.hasOwnerRole(LINE_MANAGER, HSE_SPECIALIST, DIRECTOR, ADMIN)) {
            return true;
        }
        return viewer.contractor()
                && viewer.has(CONTRACTOR_SUPERVISOR)
                && (viewer.organisationId().equals(stop.organisationId())
                        || viewer.organisationId().equals(stop.initiatorOrganisationId()));
    }

    /**
     * Acknowledging, resolving, compensating, resuming and judging a stop: the area's line manager and the owner
     * company's safety department of the stop's site (of every site when they have none).
     */
    public static boolean canRespond(Viewer viewer, StopWork stop, UUID areaManager) {
        if (viewer.contractor()) {
            return false;
        }
        var manager = viewer.personId() != null && viewer.personId().equals(areaManager);
        var safety = viewer.has(HSE_SPECIALIST)
                && (viewer.siteId() == null || viewer.siteId().equals(stop.siteId()));
        return manager || safety;
    }

    /** The initiator themselves, the owner company's safety department and the responding manager. */
    public static boolean mayKnowInitiator(Viewer viewer, StopWork stop, UUID areaManager) {
        if (raisedBy(viewer, stop) || viewer.hasOwnerRole(HSE_SPECIALIST)) {
            return true;
        }
        var person = viewer.personId();
        return !viewer.contractor()
                && person != null
                && (person.equals(areaManager) || person.equals(stop.acknowledgedBy()));
    }

    public static boolean canVoid(Viewer viewer) {
        return viewer.hasOwnerRole(HSE_SPECIALIST);
    }

    private static boolean raisedBy(Viewer viewer, StopWork stop) {
        return viewer.userId() != null && viewer.userId().equals(stop.initiatorUserId());
    }

    /** Limits a list over {@code stop_work w} to the stops the viewer reads. */
    public static ListQuery readable(ListQuery query, Viewer viewer) {
        if (viewer.hasOwnerRole(LINE_MANAGER, HSE_SPECIALIST, DIRECTOR, ADMIN)) {
            return query;
        }
        var own = viewer.userId() == null ? "false" : "w.initiator_user_id = :viewerUser";
        if (viewer.contractor() && viewer.has(CONTRACTOR_SUPERVISOR)) {
            return query.where("(" + own
                            + " or w.organisation_id = :viewerOrg or w.initiator_organisation_id = :viewerOrg)")
                    .param("viewerOrg", viewer.organisationId())
                    .param("viewerUser", viewer.userId());
        }
        return query.where(own).param("viewerUser", viewer.userId());
    }
}
