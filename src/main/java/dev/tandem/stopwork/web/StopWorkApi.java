package dev.tandem.stopwork.web;

import dev.tandem.history.HistoryEntry;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.IdempotentCreates;
import dev.tandem.shared.web.ListApiController;
import dev.tandem.shared.web.Pictures;
import dev.tandem.shared.web.Versions;
import dev.tandem.shared.web.VoidRequest;
import dev.tandem.stopwork.RaiseStopWork;
import dev.tandem.stopwork.StopWork;
import dev.tandem.stopwork.StopWorkControl;
import dev.tandem.stopwork.listing.StopWorkQueries;
import dev.tandem.stopwork.listing.StopWorkQueries.StopWorkFilter;
import dev.tandem.stopwork.listing.StopWorkQueries.StopWorkRow;
import dev.tandem.stopwork.web.StopWorkViews.CompensateRequest;
import dev.tandem.stopwork.web.StopWorkViews.JudgeRequest;
import dev.tandem.stopwork.web.StopWorkViews.LinkRiskRequest;
import dev.tandem.stopwork.web.StopWorkViews.ResolveRequest;
import dev.tandem.stopwork.web.StopWorkViews.ResumeRequest;
import dev.tandem.stopwork.web.StopWorkViews.StopWorkReceipt;
import dev.tandem.stopwork.web.StopWorkViews.StopWorkView;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stops over the API: raised by anyone signed in (idempotent by the client's id), answered step by step with the
 * version read as {@code If-Match}. No answer names the initiator except to those who may know them.
 */
@RestController
@RequestMapping("/api/v1/stops")
class StopWorkApi extends ListApiController<StopWorkFilter, StopWorkRow> {

    private final StopWorkControl control;

    StopWorkApi(StopWorkControl control, StopWorkQueries queries, StopWorkExports exports) {
        super(queries::stops, exports::stops);
        this.control = control;
    }

    /** Raises a stop; the same id again returns the stored stop and writes nothing. */
    @PostMapping
    ResponseEntity<StopWorkReceipt> raise(@Valid @RequestBody RaiseStopWork raise, Viewer viewer) {
        var stop = control.raise(raise, null, viewer);
        return IdempotentCreates.answer(
                stop.isNew(), "/api/v1/stops/", stop.record().id(), StopWorkReceipt.of(stop.record()));
    }

    @GetMapping("/{id}")
    ResponseEntity<StopWorkView> get(@PathVariable UUID id, Viewer viewer) {
        return view(control.stop(id, viewer), viewer);
    }

    @PostMapping("/{id}/acknowledge")
    ResponseEntity<StopWorkView> acknowledge(@PathVariable UUID id, Precondition precondition, Viewer viewer) {
        return view(control.acknowledge(id, precondition, viewer), viewer);
    }

    @PostMapping("/{id}/resolve")
    ResponseEntity<StopWorkView> resolve(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @RequestBody ResolveRequest request,
            Viewer viewer) {
        return view(control.resolve(id, precondition, request.resolution(), viewer), viewer);
    }

    @PostMapping("/{id}/compensate")
    ResponseEntity<StopWorkView> compensate(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @RequestBody CompensateRequest request,
            Viewer viewer) {
        return view(control.compensate(id, precondition, request.resolution(), request.riskId(), viewer), viewer);
    }

    @PostMapping("/{id}/risk")
    ResponseEntity<StopWorkView> linkRisk(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @RequestBody LinkRiskRequest request,
            Viewer viewer) {
        return view(control.linkRisk(id, precondition, request.riskId(), viewer), viewer);
    }

    @PostMapping("/{id}/resume")
    ResponseEntity<StopWorkView> resume(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @RequestBody ResumeRequest request,
            Viewer viewer) {
        return view(control.resume(id, precondition, request.justification(), viewer), viewer);
    }

    @PostMapping("/{id}/judge-unnecessary")
    ResponseEntity<StopWorkView> judgeUnnecessary(
            @PathVariable UUID id, Precondition precondition, @Valid @RequestBody JudgeRequest request, Viewer viewer) {
        return view(control.judgeUnnecessary(id, precondition, request.explanation(), viewer), viewer);
    }

    @PostMapping("/{id}/void")
    ResponseEntity<StopWorkView> voidStop(
            @PathVariable UUID id, @Valid @RequestBody VoidRequest request, Viewer viewer) {
        return view(control.voidStop(id, request.reason(), viewer), viewer);
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable UUID id, Viewer viewer) {
        return control.history(control.stop(id, viewer), viewer);
    }

    @GetMapping("/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID photoId, Viewer viewer) {
        var photo = control.photo(id, photoId, viewer);
        return Pictures.response(photo.contentType(), photo.content());
    }

    private ResponseEntity<StopWorkView> view(StopWork stop, Viewer viewer) {
        return Versions.tagged(
                stop.version(),
                StopWorkView.of(
                        stop,
                        control.photos(stop.id(), viewer),
                        control.initiatorName(stop, viewer).orElse(null)));
    }
}
