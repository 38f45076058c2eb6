package dev.tandem.equipment.web;

import dev.tandem.equipment.DispatchLog;
import dev.tandem.equipment.RecordStateChange;
import dev.tandem.equipment.StateChangeSource;
import dev.tandem.equipment.access.EquipmentAccess;
import dev.tandem.equipment.dispatch.DispatchImport;
import dev.tandem.equipment.dispatch.DispatchLine;
import dev.tandem.equipment.dispatch.DispatchQueries;
import dev.tandem.equipment.dispatch.StateChange;
import dev.tandem.equipment.web.EquipmentViews.Batch;
import dev.tandem.equipment.web.EquipmentViews.BatchRecorded;
import dev.tandem.equipment.web.EquipmentViews.Imported;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.RowError;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.RowProblems;
import dev.tandem.shared.web.TableUpload;
import dev.tandem.shared.web.VoidRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JacksonException.Reference;

/**
 * Dispatch data in: state changes one at a time, in batches (all or nothing, every wrong field listed under
 * {@code items}) or in a CSV or Excel file (all rows or none, every wrong cell listed under {@code rows}). Sending
 * the same change again is harmless; another state at a recorded moment is refused. Recorded by the owner company's
 * people and clients; contractors read only.
 */
@RestController
@RequestMapping("/api/v1/equipment/states")
class DispatchApi {

    private final DispatchLog log;
    private final DispatchImport imports;
    private final DispatchQueries queries;
    private final TableUpload upload;
    private final RowProblems problems;

    DispatchApi(
            DispatchLog log,
            DispatchImport imports,
            DispatchQueries queries,
            TableUpload upload,
            RowProblems problems) {
        this.log = log;
        this.imports = imports;
        this.queries = queries;
        this.upload = upload;
        this.problems = problems;
    }

    /** 201 with the stored change; 200 when the same change was recorded already. */
    @PostMapping
    ResponseEntity<StateChange> record(@RequestBody RecordStateChange form, Viewer viewer) {
        var recording = log.record(form, StateChangeSource.API, viewer);
        var change = recording.change();
        return recording.created()
                ? ResponseEntity.created(URI.create("/api/v1/equipment/states/" + change.id()))
                        .body(change)
                : ResponseEntity.ok(change);
    }

    @PostMapping("/batch")
    ResponseEntity<?> recordAll(@RequestBody Batch batch, Viewer viewer) {
        if (batch.changes() == null) {
            throw new InvalidRequestException("changes", "equipment.rule.noChanges");
        }
        var report = log.recordAll(batch.changes(), StateChangeSource.API, viewer);
        if (!report.accepted()) {
            return problems.rejectedBatch(report.errors());
        }
        return ResponseEntity.ok(new BatchRecorded(report.created(), report.unchanged(), report.ids()));
    }

    /** A CSV or Excel file in the columns of {@link DispatchLine#COLUMNS}, with a header row. */
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> importFile(@RequestParam("file") MultipartFile file, Viewer viewer) {
        if (!EquipmentAccess.canRecord(viewer)) {
            throw new AccessDeniedException("recording dispatch data");
        }
        var report = imports.importLines(DispatchFiles.lines(upload, file), viewer);
        if (!report.accepted()) {
            return problems.rejectedFile(report.errors());
        }
        return ResponseEntity.ok(new Imported(report.created(), report.unchanged()));
    }

    /**
     * A value a field does not take (a state BROKEN, a time that is no time) is named by its field and, in a batch,
     * by its item, like every other wrong field.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable) {
        var path = unreadable.getCause() instanceof JacksonException jackson ? jackson.getPath() : List.<Reference>of();
        var fields = path.stream()
                .map(Reference::getPropertyName)
                .filter(Objects::nonNull)
                .toList();
        if (fields.isEmpty()) {
            return problems.rejectedField("body", "rule.malformedJson");
        }
        var field = fields.get(fields.size() - 1);
        var item = path.stream()
                .filter(reference -> reference.getPropertyName() == null && reference.getIndex() >= 0)
                .findFirst();
        return item.isPresent()
                ? problems.rejectedBatch(List.of(RowError.of(item.get().getIndex(), field, "batch.unreadableValue")))
                : problems.rejectedField(field, "batch.unreadableValue");
    }

    @GetMapping("/{changeId}")
    StateChange get(@PathVariable UUID changeId, Viewer viewer) {
        return queries.change(changeId, viewer);
    }

    /** Voids a change recorded by mistake; the machine's downtimes are derived again without it. */
    @PostMapping("/{changeId}/void")
    StateChange voidChange(@PathVariable UUID changeId, @Valid @RequestBody VoidRequest request, Viewer viewer) {
        return log.voidChange(changeId, request.reason(), viewer);
    }
}
