package dev.tandem.signal.web;

import dev.tandem.shared.Viewer;
import dev.tandem.signal.ingest.IngestionResult;
import dev.tandem.signal.ingest.SignalControl;
import dev.tandem.signal.ingest.SignalControl.Overview;
import java.io.IOException;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Samples in (HTTP batches, CSV replay), how ingestion goes, and "learn normal from now". */
@RestController
@RequestMapping("/api/v1/signals")
class SignalApi {

    private final SignalControl control;

    SignalApi(SignalControl control) {
        this.control = control;
    }

    /**
     * A batch of samples: {@code {"samples": [{"tag": "P-101.pressure", "ts": "2026-03-09T10:14:33Z", "value":
     * 4.2}]}}. Bad samples do not fail the request: they are counted, and listed in the answer.
     */
    @PostMapping(path = "/samples", consumes = MediaType.APPLICATION_JSON_VALUE)
    IngestionResult samples(@RequestBody(required = false) String body, Viewer viewer) {
        return control.samples(body, viewer);
    }

    /** Replays a CSV file ({@code timestamp,<tag key>,<tag key>,...}) through the pipeline. */
    @PostMapping(path = "/replays", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    IngestionResult replay(@RequestPart("file") MultipartFile file, Viewer viewer) throws IOException {
        try (var input = file.getInputStream()) {
            return control.replay(input, viewer);
        }
    }

    @GetMapping("/ingestion")
    Overview ingestion(Viewer viewer) {
        return control.overview(viewer);
    }

    /**
     * The equipment's detector forgets what it learned and learns normal operation from the next samples, such as
     * after a repair: {@code {"reason": "Bearing replaced"}} (optional) is recorded with who asked.
     */
    @PostMapping("/equipment/{equipmentId}/learn")
    ResponseEntity<Void> learnAgain(
            @PathVariable UUID equipmentId, @RequestBody(required = false) LearnAgain body, Viewer viewer) {
        control.learnAgain(equipmentId, body == null ? null : body.reason(), viewer);
        return ResponseEntity.accepted().build();
    }

    /** @param reason why normal operation is learned afresh, such as the repair just done */
    record LearnAgain(String reason) {}
}
