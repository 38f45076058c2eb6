package dev.tandem.event.web;

import dev.tandem.event.ContributingSignal;
import dev.tandem.event.EventStatus;
import dev.tandem.event.EventType;
import dev.tandem.event.Injury;
import dev.tandem.event.SafetyEvent;
import dev.tandem.event.outcome.EventOutcome;
import dev.tandem.history.Voiding;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the safety event API sends and receives besides the commands. */
final class EventViews {

    private EventViews() {}

    /** What a reporter gets back: enough to know the report arrived, nothing about who sent it. */
    record EventReceipt(UUID id, EventType type, EventStatus status, Instant occurredAt, Instant reportedAt) {
        static EventReceipt of(SafetyEvent event) {
            return new EventReceipt(event.id(), event.type(), event.status(), event.occurredAt(), event.reportedAt());
        }
    }

    record EventView(
            UUID id,
            EventType type,
            EventStatus status,
            Instant occurredAt,
            Instant reportedAt,
            UUID siteId,
            UUID areaId,
            UUID organisationId,
            List<UUID> involvedOrganisationIds,
            String description,
            UUID reporterId,
            UUID reporterOrganisationId,
            boolean sifPotential,
            boolean deliberate,
            UUID violatorPersonId,
            String reviewNote,
            List<Injury> injuries,
            List<UUID> photoIds,
            UUID equipmentId,
            EventOutcome outcome,
            List<ContributingSignal> signals,
            List<String> explanations,
            Voiding voided) {

        /** @param explanations each signal in words, in the reader's language */
        static EventView of(
                SafetyEvent event, List<UUID> photoIds, List<ContributingSignal> signals, List<String> explanations) {
            return new EventView(
                    event.id(),
                    event.type(),
                    event.status(),
                    event.occurredAt(),
                    event.reportedAt(),
                    event.siteId(),
                    event.areaId(),
                    event.organisationId(),
                    event.involvedOrganisationIds(),
                    event.description(),
                    event.reporterId(),
                    event.reporterOrganisationId(),
                    event.sifPotential(),
                    event.deliberate(),
                    event.violatorPersonId(),
                    event.reviewNote(),
                    event.injuries(),
                    photoIds,
                    event.equipmentId(),
                    event.outcome(),
                    signals,
                    explanations,
                    event.voided().orElse(null));
        }
    }

    record CloseRequest(@Size(max = 4000) String note) {}
}
