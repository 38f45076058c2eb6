package dev.tandem.signal.web;

import dev.tandem.shared.Viewer;
import dev.tandem.signal.ingest.SensitivityReview;
import dev.tandem.signal.ingest.SensitivityReview.Decision;
import dev.tandem.signal.ingest.SensitivityReview.FalseAlarmRate;
import dev.tandem.signal.ingest.Shelves;
import dev.tandem.signal.ingest.Shelves.Shelf;
import dev.tandem.signal.ingest.SignalControl;
import dev.tandem.signal.ingest.WarningFolds;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Alarm management: shelving an equipment's warnings, false-alarm rates and sensitivity decisions, a warning's fold. */
@RestController
@RequestMapping("/api/v1/signals")
class AlarmApi {

    private final Shelves shelves;
    private final SensitivityReview review;
    private final SignalControl control;

    AlarmApi(Shelves shelves, SensitivityReview review, SignalControl control) {
        this.shelves = shelves;
        this.review = review;
        this.control = control;
    }

    /** @param until when the shelf ends by itself: in the future, at most a week ahead */
    record ShelveWarnings(Instant until, String reason) {}

    /** Shelves the equipment's warnings until a time, with a reason: they are kept and counted but reach nobody. */
    @PostMapping("/equipment/{equipmentId}/shelves")
    ResponseEntity<Shelf> shelve(
            @PathVariable UUID equipmentId, @RequestBody(required = false) ShelveWarnings body, Viewer viewer) {
        var shelf = shelves.shelve(
                equipmentId, body == null ? null : body.until(), body == null ? null : body.reason(), viewer);
        return ResponseEntity.created(URI.create("/api/v1/signals/shelves/" + shelf.id()))
                .body(shelf);
    }

    /** Ends a shelf before its time. */
    @PostMapping("/shelves/{shelfId}/end")
    Shelf end(@PathVariable UUID shelfId, Viewer viewer) {
        return shelves.end(shelfId, viewer);
    }

    /** Shelves in force and those that ended in the last week. */
    @GetMapping("/shelves")
    List<Shelf> shelves(Viewer viewer) {
        return shelves.recent(viewer);
    }

    /** False alarms per equipment over the last four weeks, with a proposed sensitivity where they call for one. */
    @GetMapping("/false-alarms")
    List<FalseAlarmRate> falseAlarms(Viewer viewer) {
        return review.rates(viewer);
    }

    /** @param sensitivity the sensitivity proposed, as the proposal gave it */
    record DecideSensitivity(Decision decision, Double sensitivity, String note) {}

    /** The safety department accepts or rejects the sensitivity proposed for an equipment. */
    @PostMapping("/equipment/{equipmentId}/sensitivity")
    ResponseEntity<Void> decide(
            @PathVariable UUID equipmentId, @RequestBody(required = false) DecideSensitivity body, Viewer viewer) {
        review.decide(
                equipmentId,
                body == null ? null : body.decision(),
                body == null ? null : body.sensitivity(),
                body == null ? null : body.note(),
                viewer);
        return ResponseEntity.noContent().build();
    }

    /** What the detectors did with an early warning: the warnings counted on it or listed in it (an upset). */
    @GetMapping("/warnings/{eventId}")
    WarningFolds.Fold warning(@PathVariable UUID eventId, Viewer viewer) {
        return control.fold(eventId, viewer);
    }
}
