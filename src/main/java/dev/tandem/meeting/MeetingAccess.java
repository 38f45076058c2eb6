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
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who sees and keeps which meetings. The owner company's managers, safety department, directors and administrators
 * read every meeting; a contractor's supervisor reads its own organisation's, and a site's safety committee only when
 * one of its people is on that committee meeting's list of attendees; workers read none. The engagement's mentor and
 * the safety department (of the engagement's site, or of every site) hold the meetings and set the rotation pattern;
 * other line managers do not. A site's committee is held by its line managers and the safety department of the site
 * (or of every site); directors read it.
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

    /**
     * A meeting of the contractor (null for a site's committee) whose attendees come from these organisations: a
     * contractor reads it when it is theirs or when they were invited to it.
     */
    public static boolean canRead(Viewer viewer, UUID organisationId, Collection<UUID> attending) {
        return readsMeetings(viewer)
                && (viewer.canSee(organisationId) || attending.stream().anyMatch(viewer::canSee));
    }

    public static boolean canRead(Viewer viewer, Meeting meeting) {
        return canRead(viewer, meeting.organisationId(), meeting.attendingOrganisations());
    }

    /** Fails as forbidden for a role that reads no meetings, as not found for another contractor's. */
    public static void requireRead(Viewer viewer, UUID organisationId, Object id) {
        requireRead(viewer, organisationId, Set.of(), id);
    }

    public static void requireRead(Viewer viewer, Meeting meeting) {
        requireRead(viewer, meeting.organisationId(), meeting.attendingOrganisations(), meeting.id());
    }

    private static void requireRead(Viewer viewer, UUID organisationId, Collection<UUID> attending, Object id) {
        if (!readsMeetings(viewer)) {
            throw new AccessDeniedException("reading meetings");
        }
        if (!canRead(viewer, organisationId, attending)) {
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

    /** Holding a site's safety committee: the site's line managers and its safety department, or of every site. */
    public static boolean canHoldCommittee(Viewer viewer, UUID siteId) {
        return holdsMeetings(viewer)
                && (viewer.siteId() == null || viewer.siteId().equals(siteId));
    }

    public static void requireHoldCommittee(Viewer viewer, UUID siteId) {
        if (!canHoldCommittee(viewer, siteId)) {
            throw new AccessDeniedException("holding this site's committee");
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
        return query.where(
                "(m.organisation_id = :scopeOrganisation or exists (select 1 from meeting_attendee invited"
                        + " where invited.meeting_record = m.id and invited.organisation_id = :scopeOrganisation))",
                "scopeOrganisation",
                viewer.scopeOrganisation());
    }
}
