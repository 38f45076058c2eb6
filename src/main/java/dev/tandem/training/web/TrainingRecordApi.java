package dev.tandem.training.web;

import dev.tandem.history.History;
import dev.tandem.history.HistoryEntry;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.IdempotentCreates;
import dev.tandem.shared.web.Pictures;
import dev.tandem.shared.web.Versions;
import dev.tandem.shared.web.VoidRequest;
import dev.tandem.training.RecordTraining;
import dev.tandem.training.TrainingApprovals;
import dev.tandem.training.TrainingEvidence;
import dev.tandem.training.TrainingLog;
import dev.tandem.training.TrainingRecord;
import dev.tandem.training.listing.TrainingFilter;
import dev.tandem.training.listing.TrainingQueries;
import dev.tandem.training.listing.TrainingQueries.TrainingRow;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

/**
 * People's training records: the safety department records anyone's and approves, a contractor's supervisor records
 * their own people's (waiting for approval); each reads what their role reaches.
 */
@RestController
@RequestMapping("/api/v1/training-records")
class TrainingRecordApi {

    private final TrainingLog log;
    private final TrainingQueries queries;
    private final TrainingEvidence evidence;
    private final History history;
    private final TrainingApprovals approvals;

    TrainingRecordApi(
            TrainingLog log,
            TrainingQueries queries,
            TrainingEvidence evidence,
            History history,
            TrainingApprovals approvals) {
        this.log = log;
        this.queries = queries;
        this.evidence = evidence;
        this.history = history;
        this.approvals = approvals;
    }

    @GetMapping
    Page<TrainingRow> list(TrainingFilter filter, Paging paging, Viewer viewer) {
        return queries.records(filter, paging, viewer);
    }

    /** Records a person's training; sending the same id again returns the stored record and writes nothing. */
    @PostMapping
    ResponseEntity<TrainingRecordView> record(@Valid @RequestBody RecordTraining details, Viewer viewer) {
        var created = log.record(details, viewer);
        var record = created.record();
        return IdempotentCreates.answer(created.isNew(), URI.create("/api/v1/training-records/" + record.id()))
                .eTag("\"" + record.version() + "\"")
                .body(view(record));
    }

    @GetMapping("/{id}")
    ResponseEntity<TrainingRecordView> get(@PathVariable UUID id, Viewer viewer) {
        return tagged(log.trainingRecord(id, viewer));
    }

    @PutMapping("/{id}")
    ResponseEntity<TrainingRecordView> revise(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @RequestBody RecordTraining details,
            Viewer viewer) {
        return tagged(log.revise(id, precondition, details, viewer));
    }

    /** The safety department accepts a record a contractor's supervisor entered. */
    @PostMapping("/{id}/approve")
    ResponseEntity<TrainingRecordView> approve(@PathVariable UUID id, Precondition precondition, Viewer viewer) {
        return tagged(log.approve(id, precondition, viewer));
    }

    /** The safety department returns a waiting record to its supervisor, saying what to change. */
    @PostMapping("/{id}/return")
    ResponseEntity<TrainingRecordView> returnRecord(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @RequestBody ReturnRequest request,
            Viewer viewer) {
        return tagged(log.returnRecord(id, precondition, request.comment(), viewer));
    }

    /** What to change in a returned record. */
    record ReturnRequest(@NotBlank @Size(max = 1000) String comment) {}

    /** The safety department's queue: how many records wait for its approval, by organisation. */
    @GetMapping("/queue")
    List<TrainingApprovals.Queue> queue(Viewer viewer) {
        return approvals.queue(viewer);
    }

    @PostMapping("/{id}/void")
    ResponseEntity<TrainingRecordView> voidRecord(
            @PathVariable UUID id, @Valid @RequestBody VoidRequest request, Viewer viewer) {
        return tagged(log.voidRecord(id, request.reason(), viewer));
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable UUID id, Viewer viewer) {
        return history.of(log.trainingRecord(id, viewer));
    }

    /** Adds a file that proves the record: a PDF scan or a JPEG, PNG or WebP photo. */
    @PostMapping(path = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Map<String, UUID>> addEvidence(
            @PathVariable UUID id, @RequestPart("file") MultipartFile file, Viewer viewer) throws IOException {
        var fileId = evidence.add(id, file.getBytes(), viewer);
        return ResponseEntity.created(URI.create("/api/v1/training-records/" + id + "/evidence/" + fileId))
                .body(Map.of("id", fileId));
    }

    @GetMapping("/{id}/evidence/{fileId}")
    ResponseEntity<byte[]> evidence(@PathVariable UUID id, @PathVariable UUID fileId, Viewer viewer) {
        var file = evidence.file(id, fileId, viewer);
        return Pictures.response(file.contentType(), file.content());
    }

    private TrainingRecordView view(TrainingRecord record) {
        return TrainingRecordView.of(record, evidence.of(record.id()));
    }

    private ResponseEntity<TrainingRecordView> tagged(TrainingRecord record) {
        return Versions.tagged(record.version(), view(record));
    }
}
