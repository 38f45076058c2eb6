package dev.tandem.meeting.web;

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

    MeetingViews(OrganisationDirectory directory) {
        this.directory = directory;
    }

    record AttendeeView(
            UUID personId, String name, UUID organisationId, boolean present, UUID signatureId, Instant signedAt) {}

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
                meeting.attendees().stream().map(this::attendee).toList(),
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

    String name(UUID personId) {
        return directory.personName(personId).orElse("");
    }

    private AttendeeView attendee(Attendee attendee) {
        return new AttendeeView(
                attendee.personId(),
                name(attendee.personId()),
                attendee.organisationId(),
                attendee.present(),
                attendee.signatureId(),
                attendee.signedAt());
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
