package dev.tandem.meeting.web;

import dev.tandem.history.HistoryEntry;
import dev.tandem.meeting.holding.Meeting;
import dev.tandem.meeting.holding.MeetingDesk;
import dev.tandem.meeting.holding.MeetingQueries;
import dev.tandem.meeting.holding.MeetingQueries.MeetingFilter;
import dev.tandem.meeting.holding.MeetingQueries.MeetingRow;
import dev.tandem.meeting.holding.OpenMeeting;
import dev.tandem.meeting.holding.RecordDecision;
import dev.tandem.meeting.rotations.RotationCompliance;
import dev.tandem.meeting.rotations.RotationFigures;
import dev.tandem.meeting.rotations.RotationFigures.Figures;
import dev.tandem.meeting.rotations.RotationPlanning;
import dev.tandem.meeting.rotations.SetRotationPattern;
import dev.tandem.meeting.web.MeetingViews.AttendRequest;
import dev.tandem.meeting.web.MeetingViews.ConcludeRequest;
import dev.tandem.meeting.web.MeetingViews.ItemRequest;
import dev.tandem.meeting.web.MeetingViews.MeetingView;
import dev.tandem.meeting.web.MeetingViews.RescheduleRequest;
import dev.tandem.meeting.web.MeetingViews.RotationsView;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.IdempotentCreates;
import dev.tandem.shared.web.ListApiController;
import dev.tandem.shared.web.OptionalPrecondition;
import dev.tandem.shared.web.Versions;
import dev.tandem.shared.web.VoidRequest;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Meetings over the API: the list and its export as every list has them; opened by an engagement's mentor or the safety department (idempotent by the client's id),
 * kept step by step with the version read as {@code If-Match}; each engagement's rotation pattern and its rotations
 * with their meetings; the figures of rotations with a meeting.
 */
@RestController
@RequestMapping("/api/v1/meetings")
class MeetingApi extends ListApiController<MeetingFilter, MeetingRow> {

    private final MeetingDesk desk;
    private final RotationPlanning planning;
    private final RotationCompliance compliance;
    private final RotationFigures figures;
    private final MeetingViews views;

    MeetingApi(
            MeetingDesk desk,
            MeetingQueries queries,
            RotationPlanning planning,
            RotationCompliance compliance,
            RotationFigures figures,
            MeetingViews views,
            MeetingExports exports) {
        super(queries::meetings, exports::meetings);
        this.desk = desk;
        this.planning = planning;
        this.compliance = compliance;
        this.figures = figures;
        this.views = views;
    }

    /** Opens a meeting with its agenda; the same id again returns the stored meeting and writes nothing. */
    @PostMapping
    ResponseEntity<MeetingView> open(@Valid @RequestBody OpenMeeting open, Viewer viewer) {
        var meeting = desk.open(open, viewer);
        return IdempotentCreates.answer(
                meeting.isNew(), "/api/v1/meetings/", meeting.record().id(), views.of(meeting.record()));
    }

    @GetMapping("/{id}")
    ResponseEntity<MeetingView> get(@PathVariable UUID id, Viewer viewer) {
        return view(desk.meeting(id, viewer));
    }

    @PostMapping("/{id}/reschedule")
    ResponseEntity<MeetingView> reschedule(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @RequestBody RescheduleRequest request,
            Viewer viewer) {
        return view(desk.reschedule(id, precondition, request.heldAt(), request.place(), viewer));
    }

    /** Invites a person of either side, or says whether they came (present unless told otherwise). */
    @PostMapping("/{id}/attendees")
    ResponseEntity<MeetingView> attend(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @RequestBody AttendRequest request,
            Viewer viewer) {
        return view(
                desk.attend(id, precondition, request.personId(), !Boolean.FALSE.equals(request.present()), viewer));
    }

    @PostMapping("/{id}/attendees/{personId}/remove")
    ResponseEntity<MeetingView> removeAttendee(
            @PathVariable UUID id, @PathVariable UUID personId, Precondition precondition, Viewer viewer) {
        return view(desk.removeAttendee(id, precondition, personId, viewer));
    }

    @PostMapping("/{id}/items")
    ResponseEntity<MeetingView> addItem(
            @PathVariable UUID id, Precondition precondition, @Valid @RequestBody ItemRequest request, Viewer viewer) {
        return view(desk.addItem(id, precondition, request.title(), viewer));
    }

    /** An item discussed or carried over, with a note. */
    @PostMapping("/{id}/items/{itemId}")
    ResponseEntity<MeetingView> conclude(
            @PathVariable UUID id,
            @PathVariable UUID itemId,
            Precondition precondition,
            @Valid @RequestBody ConcludeRequest request,
            Viewer viewer) {
        return view(desk.conclude(id, precondition, itemId, request.outcome(), request.note(), viewer));
    }

    /** Records a decision and raises its action on its owner (the decision's id is the action's). */
    @PostMapping("/{id}/decisions")
    ResponseEntity<MeetingView> decide(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @RequestBody RecordDecision decision,
            Viewer viewer) {
        return view(desk.decide(id, precondition, decision, viewer));
    }

    /** The meeting was held: its record is closed and counts for its rotation. */
    @PostMapping("/{id}/close")
    ResponseEntity<MeetingView> close(@PathVariable UUID id, Precondition precondition, Viewer viewer) {
        return view(desk.close(id, precondition, viewer));
    }

    @PostMapping("/{id}/void")
    ResponseEntity<MeetingView> voidMeeting(
            @PathVariable UUID id, @Valid @RequestBody VoidRequest request, Viewer viewer) {
        return view(desk.voidMeeting(id, request.reason(), viewer));
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable UUID id, Viewer viewer) {
        return desk.history(desk.meeting(id, viewer));
    }

    /** The engagement's rotation pattern and its rotations so far, each with the meetings held in it. */
    @GetMapping("/rotations/{engagementId}")
    ResponseEntity<RotationsView> rotations(@PathVariable UUID engagementId, Viewer viewer) {
        var pattern = planning.pattern(engagementId, viewer)
                .orElseThrow(() -> new NotFoundException("RotationPattern", engagementId));
        var engagement = planning.engagement(engagementId, viewer);
        return Versions.tagged(pattern.version(), views.of(pattern, compliance.rotations(engagement, pattern)));
    }

    @GetMapping("/rotations/{engagementId}/history")
    List<HistoryEntry> patternHistory(@PathVariable UUID engagementId, Viewer viewer) {
        return planning.history(planning.pattern(engagementId, viewer)
                .orElseThrow(() -> new NotFoundException("RotationPattern", engagementId)));
    }

    /** Sets the engagement's rotation pattern, or changes it (with the version read as {@code If-Match}). */
    @PutMapping("/rotations/{engagementId}")
    ResponseEntity<RotationsView> setPattern(
            @PathVariable UUID engagementId,
            @OptionalPrecondition Precondition precondition,
            @Valid @RequestBody SetRotationPattern set,
            Viewer viewer) {
        var pattern = planning.set(engagementId, precondition, set, viewer);
        var engagement = planning.engagement(engagementId, viewer);
        return Versions.tagged(pattern.version(), views.of(pattern, compliance.rotations(engagement, pattern)));
    }

    /**
     * Rotations with a meeting, per contractor, mentor and site, in a period (the last twelve months by default); one
     * site's only when asked.
     */
    @GetMapping("/figures")
    Figures figures(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) UUID site,
            Viewer viewer) {
        return figures.figures(from, to, site, viewer);
    }

    private ResponseEntity<MeetingView> view(Meeting meeting) {
        return Versions.tagged(meeting.version(), views.of(meeting));
    }
}
