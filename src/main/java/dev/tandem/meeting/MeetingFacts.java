package dev.tandem.meeting;

import dev.tandem.shared.Viewer;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A meeting as the other modules see it: whose it is (a contractor's, or none for a site's safety committee), when
 * and in which language it was held, and who was on its list of attendees, present or not.
 *
 * @param organisationId the contractor met, or null for a site's committee
 * @param whose the contractor's name, or the site's for its committee
 * @param attendeePersonIds everyone on the list of attendees, present or absent
 * @param attendingOrganisations the organisations of those on the list
 */
public record MeetingFacts(
        UUID id,
        UUID siteId,
        UUID organisationId,
        String whose,
        Instant heldAt,
        String language,
        List<UUID> attendeePersonIds,
        Set<UUID> attendingOrganisations,
        boolean held,
        boolean voided) {

    public boolean readableBy(Viewer viewer) {
        return MeetingAccess.canRead(viewer, organisationId, attendingOrganisations);
    }

    /** Where its minutes are read, as a PDF in the meeting's language. */
    public String minutesPath() {
        return "/meetings/" + id + "/minutes.pdf";
    }
}
