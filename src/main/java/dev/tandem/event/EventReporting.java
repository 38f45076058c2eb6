package dev.tandem.event;

import dev.tandem.event.photos.EventPhotos;
import dev.tandem.event.photos.Photo;
import dev.tandem.history.AuditedRecords;
import dev.tandem.history.CreateRule;
import dev.tandem.history.Created;
import dev.tandem.history.History;
import dev.tandem.history.HistoryEntry;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Viewer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reporting safety events from the field. Anyone signed in may report, own staff and contractors alike; a report
 * sent again under the same id (a phone that lost its connection) is stored once.
 */
@Service
@Transactional
public class EventReporting {

    private final SafetyEvents events;
    private final AuditedRecords<SafetyEvent> records;
    private final History history;
    private final EventPhotos photos;
    private final PlantReferences plant;
    private final Clock clock;

    EventReporting(SafetyEvents events, History history, EventPhotos photos, PlantReferences plant, Clock clock) {
        this.events = events;
        this.records = history.auditing(events, EventAccess::canRead);
        this.history = history;
        this.photos = photos;
        this.plant = plant;
        this.clock = clock;
    }

    /**
     * Stores a report with its optional photo; a report whose id is stored already is returned as it is (to a viewer
     * who may read it), so a repeated submission adds neither a record nor a photo.
     */
    public Created<SafetyEvent> report(ReportEvent report, byte[] photo, Viewer viewer) {
        var author = report.anonymous() ? viewer.anonymised() : viewer;
        var created = records.create(
                report.id(), CreateRule.checkedBefore(), id -> reported(id, report, viewer, author), author);
        if (created.isNew() && photo != null) {
            // a photo refused here undoes the whole report, its EventReported too: it is one transaction
            photos.add(created.record().id(), photo, author);
        }
        return created;
    }

    private SafetyEvent reported(UUID id, ReportEvent report, Viewer viewer, Viewer author) {
        if (report.type() == EventType.EARLY_WARNING) {
            throw new InvalidRequestException("type", "rule.earlyWarningByDetectors");
        }
        OccurrenceTime.requireNotInFuture(report.occurredAt(), clock);
        if (report.anonymous() && !plant.allowsAnonymousReports()) {
            throw new InvalidRequestException("anonymous", "rule.anonymousNotAllowed");
        }
        var place = plant.place(report.siteId(), report.areaId());
        var reporter = new Reporter(author.userId(), author.personId(), plant.organisationOf(viewer));
        return SafetyEvent.reported(id, report, place, reporter, Instant.now(clock));
    }

    /** An event the viewer may read. */
    @Transactional(readOnly = true)
    public SafetyEvent event(UUID id, Viewer viewer) {
        return findEvent(id, viewer).orElseThrow(() -> new NotFoundException("SafetyEvent", id));
    }

    /**
     * An event the viewer may read, if there is one: for a caller in a transaction of its own, which a "not found"
     * thrown through this transactional method would mark for rollback.
     */
    @Transactional(readOnly = true)
    public Optional<SafetyEvent> findEvent(UUID id, Viewer viewer) {
        return events.findById(id).filter(event -> EventAccess.canRead(viewer, event));
    }

    /** Whether the viewer may read the event, for deciding on somebody's behalf who is not looking (whom to tell). */
    public boolean canRead(Viewer viewer, SafetyEvent event) {
        return EventAccess.canRead(viewer, event);
    }

    /**
     * The name of the person who reported the event, for those allowed to know: the owner company's managers, safety
     * department, directors and administrators, the reporter's own supervisor, and the reporter.
     */
    @Transactional(readOnly = true)
    public Optional<String> reporterName(SafetyEvent event, Viewer viewer) {
        if (!EventAccess.mayKnowReporter(viewer, event)) {
            return Optional.empty();
        }
        return plant.personName(event.reporterPersonId());
    }

    /**
     * The event's history as the viewer may read it: to a reader who may not know the reporter, the changes the
     * reporter made name nobody and the reporter's organisation is left out, as on the event's page.
     */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(SafetyEvent event, Viewer viewer) {
        var entries = history.of(event);
        if (EventAccess.mayKnowReporter(viewer, event)) {
            return entries;
        }
        return entries.stream()
                .map(entry -> entry.madeBy(event.reporterId()) ? entry.withoutAuthor() : entry)
                .map(entry -> entry.withoutField("reporterOrganisationId"))
                .toList();
    }

    /** Adds a photo to an event the viewer may read and that is still open. */
    public UUID addPhoto(UUID eventId, byte[] photo, Viewer viewer) {
        var event = event(eventId, viewer);
        if (event.isVoided() || event.status() == EventStatus.CLOSED) {
            throw new InvalidRequestException("photo", "rule.eventClosed");
        }
        return photos.add(event.id(), photo, viewer);
    }

    @Transactional(readOnly = true)
    public List<UUID> photos(UUID eventId, Viewer viewer) {
        return photos.of(event(eventId, viewer).id());
    }

    @Transactional(readOnly = true)
    public Photo photo(UUID eventId, UUID photoId, Viewer viewer) {
        return photos.find(event(eventId, viewer).id(), photoId)
                .orElseThrow(() -> new NotFoundException("Photo", photoId));
    }
}
