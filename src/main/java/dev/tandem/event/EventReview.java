package dev.tandem.event;

import dev.tandem.history.AuditedRecords;
import dev.tandem.history.History;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner company's line managers and safety department review what was reported: they complete the account
 * (injured people, organisations involved, SIF potential), close it, reopen it or void it. Only the safety
 * department decides that a violation was deliberate.
 */
@Service
@Transactional
public class EventReview {

    private final EventReporting reporting;
    private final AuditedRecords<SafetyEvent> records;
    private final PlantReferences plant;
    private final Clock clock;

    EventReview(EventReporting reporting, SafetyEvents events, History history, PlantReferences plant, Clock clock) {
        this.reporting = reporting;
        this.records = history.auditing(events, EventAccess::canRead);
        this.plant = plant;
        this.clock = clock;
    }

    public SafetyEvent startReview(UUID id, Precondition precondition, Viewer viewer) {
        return change(id, precondition, viewer, SafetyEvent::startReview);
    }

    public SafetyEvent close(UUID id, Precondition precondition, String note, Viewer viewer) {
        return change(id, precondition, viewer, event -> event.close(note));
    }

    /** Closes an early warning as a false alarm; it stays, counted against its equipment's detector. */
    public SafetyEvent dismissAsFalseAlarm(UUID id, Precondition precondition, String note, Viewer viewer) {
        return change(id, precondition, viewer, event -> event.dismissAsFalseAlarm(note));
    }

    public SafetyEvent reopen(UUID id, Precondition precondition, Viewer viewer) {
        viewer.requireRole(Role.HSE_SPECIALIST);
        return change(id, precondition, viewer, SafetyEvent::reopen);
    }

    public SafetyEvent revise(UUID id, Precondition precondition, ReviseEvent revision, Viewer viewer) {
        var event = reviewable(id, viewer);
        if (revision.deliberate() != event.deliberate()) {
            viewer.requireRole(Role.HSE_SPECIALIST);
        }
        OccurrenceTime.requireNotInFuture(revision.occurredAt(), clock);
        var place = plant.place(revision.siteId(), revision.areaId());
        plant.requireOrganisation("organisationId", revision.organisationId());
        revision.involvedOrganisationIds()
                .forEach(other -> plant.requireOrganisation("involvedOrganisationIds", other));
        plant.requirePerson(revision.violatorPersonId());
        var injuries = revision.injuredNamed().stream().map(plant::injury).toList();
        return records.change(event, precondition, changed -> changed.revise(revision, place, injuries), viewer);
    }

    public SafetyEvent voidEvent(UUID id, String reason, Viewer viewer) {
        viewer.requireRole(Role.HSE_SPECIALIST);
        return records.voidRecord(reviewable(id, viewer), reason, viewer);
    }

    /** Whether the viewer reviews safety events at all (the page shows its review tools only then). */
    public boolean canReview(Viewer viewer) {
        return EventAccess.canReview(viewer);
    }

    private SafetyEvent change(UUID id, Precondition precondition, Viewer viewer, Consumer<SafetyEvent> step) {
        return records.change(reviewable(id, viewer), precondition, step, viewer);
    }

    private SafetyEvent reviewable(UUID id, Viewer viewer) {
        var event = reporting.event(id, viewer);
        if (!EventAccess.canReview(viewer)) {
            throw new AccessDeniedException("reviewing safety events");
        }
        return event;
    }
}
