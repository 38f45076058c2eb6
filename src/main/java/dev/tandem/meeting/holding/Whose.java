package dev.tandem.meeting.holding;

import dev.tandem.contractor.ContractorEngagements.EngagementFacts;
import dev.tandem.meeting.MeetingAccess;
import dev.tandem.meeting.committees.Committee;
import dev.tandem.meeting.committees.CommitteeMember;
import dev.tandem.shared.Viewer;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Whose a meeting is, and so what differs between meetings: an engagement's rotation meeting (the contractor meets
 * the plant, its mentor holds it, on the engagement's days) or a site's safety committee (no contractor of its own,
 * held by the site's managers and safety department, its members invited). The rest of the machinery is one.
 */
sealed interface Whose {

    MeetingKind kind();

    UUID siteId();

    /** The engagement, or null for a committee. */
    UUID engagementId();

    /** The contractor met, or null for a committee. */
    UUID organisationId();

    /** The contractors whose people may attend besides the owner company's. */
    Set<UUID> invitedOrganisations();

    /** Who are invited when a meeting is opened. */
    List<UUID> members();

    boolean heldBy(Viewer viewer);

    /** Whether a meeting may fall on the day (on the site's clock). */
    boolean covers(LocalDate day);

    /** The first day a first meeting looks back to. */
    LocalDate lookBackFrom(LocalDate meetingDay);

    /** The rule a person of another organisation breaks by attending. */
    String outsiderRule();

    record OfEngagement(EngagementFacts engagement) implements Whose {

        @Override
        public MeetingKind kind() {
            return MeetingKind.ROTATION;
        }

        @Override
        public UUID siteId() {
            return engagement.siteId();
        }

        @Override
        public UUID engagementId() {
            return engagement.id();
        }

        @Override
        public UUID organisationId() {
            return engagement.organisationId();
        }

        @Override
        public Set<UUID> invitedOrganisations() {
            return Set.of(engagement.organisationId());
        }

        @Override
        public List<UUID> members() {
            return List.of();
        }

        @Override
        public boolean heldBy(Viewer viewer) {
            return MeetingAccess.canHold(viewer, engagement);
        }

        @Override
        public boolean covers(LocalDate day) {
            return engagement.covers(day);
        }

        @Override
        public LocalDate lookBackFrom(LocalDate meetingDay) {
            return engagement.startsOn();
        }

        @Override
        public String outsiderRule() {
            return "meeting.rule.thirdOrganisation";
        }
    }

    /** @param ownerCompany the owner company's id: its people are the committee's own */
    record OfCommittee(Committee committee, UUID ownerCompany) implements Whose {

        @Override
        public MeetingKind kind() {
            return MeetingKind.COMMITTEE;
        }

        @Override
        public UUID siteId() {
            return committee.siteId();
        }

        @Override
        public UUID engagementId() {
            return null;
        }

        @Override
        public UUID organisationId() {
            return null;
        }

        @Override
        public Set<UUID> invitedOrganisations() {
            return committee.organisationsOf(ownerCompany);
        }

        @Override
        public List<UUID> members() {
            return committee.members().stream().map(CommitteeMember::personId).toList();
        }

        @Override
        public boolean heldBy(Viewer viewer) {
            return MeetingAccess.canHoldCommittee(viewer, committee.siteId());
        }

        @Override
        public boolean covers(LocalDate day) {
            return true;
        }

        /** A first committee looks back on the month before it. */
        @Override
        public LocalDate lookBackFrom(LocalDate meetingDay) {
            return meetingDay.minusMonths(1);
        }

        @Override
        public String outsiderRule() {
            return "meeting.rule.notInvited";
        }
    }
}
