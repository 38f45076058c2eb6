package dev.tandem.meeting;

import static dev.tandem.shared.Role.ADMIN;
import static dev.tandem.shared.Role.CONTRACTOR_SUPERVISOR;
import static dev.tandem.shared.Role.DIRECTOR;
import static dev.tandem.shared.Role.HSE_SPECIALIST;
import static dev.tandem.shared.Role.LINE_MANAGER;

import dev.tandem.contractor.ContractorEngagements.EngagementFacts;
import dev.tandem.meeting.holding.Meeting;
import dev.tandem.shared.ListQuery;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Viewer;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who sees and keeps which meetings. The owner company's managers, safety department, directors and administrators
 * read every meeting; a contractor's supervisor reads its own organisation's and no other's; workers read none. The
 * engagement's mentor and the safety department (of the engagement's site, or of every site) hold the meetings and set
 * the rotation pattern; other line managers do not.
 */
public final class MeetingAccess {

    private MeetingAccess() {}

    /** Whether the viewer reads meetings at all: the menu and the lists. */
    public static boolean readsMeetings(Viewer viewer) {
        return viewer.hasOwnerRole(LINE_MANAGER, HSE_SPECIALIST, DIRECTOR, ADMIN)
                || (viewer.contractor() && viewer.has(CONTRACTOR_SUPERVISOR));
    }

    public static boolean canRead(Viewer viewer, UUID organisationId) {
        return readsMeetings(viewer) && viewer.canSee(organisationId);
    }

    public static boolean canRead(Viewer viewer, Meeting meeting) {
        return canRead(viewer, meeting.organisationId());
    }

    /** Fails as forbidden for a role that reads no meetings, as not found for another contractor's. */
    public static void requireRead(Viewer viewer, UUID organisationId, Object id) {
        if (!readsMeetings(viewer)) {
            throw new AccessDeniedException("reading meetings");
        }
        if (!viewer.canSee(organisationId)) {
            throw new NotFoundException("Meeting", id);
        }
    }

    /** Holding the engagement's meetings and setting its rotation pattern: its mentor, or the safety department. */
    public static boolean canHold(Viewer viewer, EngagementFacts engagement) {
        if (!holdsMeetings(viewer)) {
            return false;
        }
        var mentor = viewer.personId() != null && viewer.personId().equals(engagement.mentorPersonId());
        var safety = viewer.has(HSE_SPECIALIST)
                && (viewer.siteId() == null || viewer.siteId().equals(engagement.siteId()));
        return mentor || safety;
    }

    public static void requireHold(Viewer viewer, EngagementFacts engagement) {
        if (!canHold(viewer, engagement)) {
            throw new AccessDeniedException("holding this engagement's meetings");
        }
    }

    /** Whether the viewer holds meetings of any engagement: the owner company's line managers and safety department. */
    public static boolean holdsMeetings(Viewer viewer) {
        return viewer.hasOwnerRole(LINE_MANAGER, HSE_SPECIALIST);
    }

    public static void requireHoldsMeetings(Viewer viewer) {
        if (!holdsMeetings(viewer)) {
            throw new AccessDeniedException("holding meetings");
        }
    }

    /** Voiding a meeting recorded by mistake: the safety department only. */
    public static boolean canVoid(Viewer viewer) {
        return viewer.hasOwnerRole(HSE_SPECIALIST);
    }

    /** Limits a list over {@code meeting_record m} to the meetings the viewer reads. */
    public static ListQuery readable(ListQuery query, Viewer viewer) {
        if (!readsMeetings(viewer)) {
            return query.where("false");
        }
        return query.visibleTo(viewer, "m.organisation_id");
    }
}
