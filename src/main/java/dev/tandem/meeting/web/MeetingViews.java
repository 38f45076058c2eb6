package dev.tandem.meeting.web;

import dev.tandem.meeting.committees.Committee;
import dev.tandem.meeting.committees.CommitteePlanning.NextMeeting;
import dev.tandem.meeting.holding.AgendaItem;
import dev.tandem.meeting.holding.Attendee;
import dev.tandem.meeting.holding.Decision;
import dev.tandem.meeting.holding.ItemOutcome;
import dev.tandem.meeting.holding.Meeting;
import dev.tandem.meeting.holding.MeetingKind;
import dev.tandem.meeting.holding.MeetingStatus;
import dev.tandem.meeting.rotations.RotationCompliance.RotationRecord;
import dev.tandem.meeting.rotations.RotationPattern;
import dev.tandem.organisation.OrganisationDirectory;
import dev.tandem.organisation.OrganisationRegister;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** What the meetings' API answers and takes, and the names its answers show. */
@Component
class MeetingViews {

    private final OrganisationDirectory directory;
    private final OrganisationRegister organisations;

    MeetingViews(OrganisationDirectory directory, OrganisationRegister organisations) {
        this.directory = directory;
        this.organisations = organisations;
    }

    /** @param contractor whether they came from a contractor rather than the owner company */
    record AttendeeView(
            UUID personId,
            String name,
            UUID organisationId,
            boolean present,
            boolean contractor,
            UUID signatureId,
            Instant signedAt) {}

    record DecisionView(
            UUID id,
            String text,
            UUID ownerPersonId,
            String ownerName,
            UUID responsibleOrganisationId,
            LocalDate dueDate,
            UUID actionId) {}

    record MeetingView(
            UUID id,
            MeetingKind kind,
            UUID engagementId,
            UUID organisationId,
            UUID siteId,
            Instant heldAt,
            String place,
            MeetingStatus status,
            Instant closedAt,
            String language,
            List<AttendeeView> attendees,
            List<AgendaItem> agenda,
            List<DecisionView> decisions,
            boolean voided) {}

    record RotationView(
            long number, LocalDate firstDay, Instant startsAt, Instant endsAt, boolean ended, List<UUID> meetings) {}

    record RotationsView(
            UUID engagementId, String blocks, LocalDate startsOn, String changesAt, List<RotationView> rotations) {}

    record MemberView(UUID personId, String name, UUID organisationId) {}

    /** A site's committee: when it meets, who its members are, and when its next meeting is due. */
    record CommitteeView(UUID siteId, int dayOfMonth, String meetsAt, List<MemberView> members, NextMeeting next) {}

    record AttendRequest(@NotNull UUID personId, Boolean present) {}

    record ItemRequest(@NotNull @Size(max = 300) String title) {}

    record ConcludeRequest(@NotNull ItemOutcome outcome, @Size(max = 4000) String note) {}

    record RescheduleRequest(@NotNull Instant heldAt, @Size(max = 200) String place) {}

    MeetingView of(Meeting meeting) {
        return new MeetingView(
                meeting.id(),
                meeting.kind(),
                meeting.engagementId(),
                meeting.organisationId(),
                meeting.siteId(),
                meeting.heldAt(),
                meeting.place(),
                meeting.status(),
                meeting.closedAt(),
                meeting.language(),
                attendees(meeting.attendees()),
                meeting.agenda(),
                meeting.decisions().stream().map(this::decision).toList(),
                meeting.isVoided());
    }

    RotationsView of(RotationPattern pattern, List<RotationRecord> rotations) {
        return new RotationsView(
                pattern.engagementId(),
                pattern.blocks(),
                pattern.startsOn(),
                pattern.changesAt(),
                rotations.stream()
                        .map(r -> new RotationView(
                                r.rotation().number(),
                                r.rotation().firstDay(),
                                r.rotation().startsAt(),
                                r.rotation().endsAt(),
                                r.ended(),
                                r.meetings()))
                        .toList());
    }

    CommitteeView of(Committee committee, NextMeeting next) {
        return new CommitteeView(
                committee.siteId(),
                committee.dayOfMonth(),
                committee.meetsAt().toString(),
                committee.members().stream()
                        .map(m -> new MemberView(m.personId(), name(m.personId()), m.organisationId()))
                        .toList(),
                next);
    }

    String name(UUID personId) {
        return directory.personName(personId).orElse("");
    }

    private List<AttendeeView> attendees(List<Attendee> attendees) {
        var owner = organisations.ownerCompany().map(o -> o.id()).orElse(null);
        return attendees.stream()
                .map(attendee -> new AttendeeView(
                        attendee.personId(),
                        name(attendee.personId()),
                        attendee.organisationId(),
                        attendee.present(),
                        !attendee.organisationId().equals(owner),
                        attendee.signatureId(),
                        attendee.signedAt()))
                .toList();
    }

    private DecisionView decision(Decision decision) {
        return new DecisionView(
                decision.decisionId(),
                decision.text(),
                decision.ownerPersonId(),
                name(decision.ownerPersonId()),
                decision.responsibleOrganisationId(),
                decision.dueDate(),
                decision.actionId());
    }
}
