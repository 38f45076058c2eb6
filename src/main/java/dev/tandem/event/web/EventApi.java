package dev.tandem.event.web;

import dev.tandem.event.EarlyWarnings;
import dev.tandem.event.EventQueries;
import dev.tandem.event.EventQueries.EventFilter;
import dev.tandem.event.EventQueries.EventRow;
import dev.tandem.event.EventReporting;
import dev.tandem.event.EventReview;
import dev.tandem.event.ReportEvent;
import dev.tandem.event.ReviseEvent;
import dev.tandem.event.SafetyEvent;
import dev.tandem.event.web.EventViews.CloseRequest;
import dev.tandem.event.web.EventViews.EventReceipt;
import dev.tandem.event.web.EventViews.EventView;
import dev.tandem.history.HistoryEntry;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.IdempotentCreates;
import dev.tandem.shared.web.ListApiController;
import dev.tandem.shared.web.Versions;
import dev.tandem.shared.web.VoidRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/events")
class EventApi extends ListApiController<EventFilter, EventRow> {

    private final EventReporting reporting;
    private final EventReview review;
    private final EarlyWarnings warnings;

    EventApi(
            EventReporting reporting,
            EventReview review,
            EventQueries queries,
            EventExports exports,
            EarlyWarnings warnings) {
        super(queries::events, exports::events);
        this.reporting = reporting;
        this.warnings = warnings;
        this.review = review;
    }

    /** Reports an event; sending the same id again returns the stored report and writes nothing. */
    @PostMapping
    ResponseEntity<EventReceipt> report(@Valid @RequestBody ReportEvent report, Viewer viewer) {
        var event = reporting.report(report, null, viewer);
        return IdempotentCreates.answer(
                event.isNew(), "/api/v1/events/", event.record().id(), EventReceipt.of(event.record()));
    }

    @GetMapping("/{id}")
    ResponseEntity<EventView> get(@PathVariable UUID id, Viewer viewer) {
        return view(reporting.event(id, viewer), viewer);
    }

    @PutMapping("/{id}")
    ResponseEntity<EventView> revise(
            @PathVariable UUID id, Precondition precondition, @Valid @RequestBody ReviseEvent revision, Viewer viewer) {
        return view(review.revise(id, precondition, revision, viewer), viewer);
    }

    @PostMapping("/{id}/review")
    ResponseEntity<EventView> startReview(@PathVariable UUID id, Precondition precondition, Viewer viewer) {
        return view(review.startReview(id, precondition, viewer), viewer);
    }

    @PostMapping("/{id}/close")
    ResponseEntity<EventView> close(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @RequestBody(required = false) CloseRequest request,
            Viewer viewer) {
        var note = request == null ? null : request.note();
        return view(review.close(id, precondition, note, viewer), viewer);
    }

    /** Closes an early warning as a false alarm (kept and counted for tuning its detector). */
    @PostMapping("/{id}/false-alarm")
    ResponseEntity<EventView> dismissAsFalseAlarm(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @RequestBody(required = false) CloseRequest request,
            Viewer viewer) {
        var note = request == null ? null : request.note();
        return view(review.dismissAsFalseAlarm(id, precondition, note, viewer), viewer);
    }

    @PostMapping("/{id}/reopen")
    ResponseEntity<EventView> reopen(@PathVariable UUID id, Precondition precondition, Viewer viewer) {
        return view(review.reopen(id, precondition, viewer), viewer);
    }

    @PostMapping("/{id}/void")
    ResponseEntity<EventView> voidEvent(@PathVariable UUID id, @Valid @RequestBody VoidRequest request, Viewer viewer) {
        return view(review.voidEvent(id, request.reason(), viewer), viewer);
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable UUID id, Viewer viewer) {
        return reporting.history(reporting.event(id, viewer), viewer);
    }

    @PostMapping(path = "/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, UUID>> addPhoto(
            @PathVariable UUID id, @RequestPart("photo") MultipartFile photo, Viewer viewer) throws IOException {
        var photoId = reporting.addPhoto(id, photo.getBytes(), viewer);
        return ResponseEntity.created(URI.create("/api/v1/events/" + id + "/photos/" + photoId))
                .body(Map.of("id", photoId));
    }

    @GetMapping("/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID photoId, Viewer viewer) {
        return EventPhotoResponses.of(reporting.photo(id, photoId, viewer));
    }

    private ResponseEntity<EventView> view(SafetyEvent event, Viewer viewer) {
        return Versions.tagged(
                event.version(),
                EventView.of(
                        event,
                        reporting.photos(event.id(), viewer),
                        warnings.signals(event),
                        warnings.explanations(event, LocaleContextHolder.getLocale())));
    }
}
