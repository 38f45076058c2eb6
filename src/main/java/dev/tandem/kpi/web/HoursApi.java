package dev.tandem.kpi.web;

import dev.tandem.history.History;
import dev.tandem.history.HistoryEntry;
import dev.tandem.kpi.HoursRegister;
import dev.tandem.kpi.HoursRegister.Outcome;
import dev.tandem.kpi.RecordHours;
import dev.tandem.kpi.hours.HoursQueries;
import dev.tandem.kpi.hours.HoursQueries.HoursFilter;
import dev.tandem.kpi.hours.HoursQueries.HoursRow;
import dev.tandem.kpi.hours.HoursWorked;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.OptionalPrecondition;
import dev.tandem.shared.web.RowProblems;
import dev.tandem.shared.web.Versions;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Hours worked per organisation, site and month. Posting a month that is recorded already changes it (send
 * {@code If-Match} to be sure nobody changed it meanwhile); a file upload records all of its rows or none.
 */
@RestController
@RequestMapping("/api/v1/hours")
class HoursApi {

    private final HoursRegister register;
    private final HoursQueries queries;
    private final HoursFiles files;
    private final HoursExports exports;
    private final History history;
    private final RowProblems problems;

    HoursApi(
            HoursRegister register,
            HoursQueries queries,
            HoursFiles files,
            HoursExports exports,
            History history,
            RowProblems problems) {
        this.register = register;
        this.queries = queries;
        this.files = files;
        this.exports = exports;
        this.history = history;
        this.problems = problems;
    }

    record HoursView(
            UUID id, UUID organisationId, UUID siteId, YearMonth month, BigDecimal hours, BigDecimal averageHeadcount) {
        static HoursView of(HoursWorked hours) {
            return new HoursView(
                    hours.id(),
                    hours.organisationId(),
                    hours.siteId(),
                    hours.month(),
                    hours.hours(),
                    hours.averageHeadcount());
        }
    }

    record Imported(int created, int changed, int unchanged) {}

    @GetMapping
    Page<HoursRow> list(HoursFilter filter, Paging paging, Viewer viewer) {
        return queries.hours(filter, paging, viewer);
    }

    @PostMapping
    ResponseEntity<HoursView> record(
            @OptionalPrecondition Precondition precondition, @Valid @RequestBody RecordHours form, Viewer viewer) {
        var recording = register.record(form, precondition, viewer);
        var hours = recording.hours();
        if (recording.outcome() == Outcome.CREATED) {
            return ResponseEntity.created(URI.create("/api/v1/hours/" + hours.id()))
                    .eTag("\"" + hours.version() + "\"")
                    .body(HoursView.of(hours));
        }
        return Versions.tagged(hours.version(), HoursView.of(hours));
    }

    @GetMapping("/{id}")
    ResponseEntity<HoursView> get(@PathVariable UUID id, Viewer viewer) {
        var hours = register.hours(id, viewer);
        return Versions.tagged(hours.version(), HoursView.of(hours));
    }

    @PutMapping("/{id}")
    ResponseEntity<HoursView> change(
            @PathVariable UUID id, Precondition precondition, @Valid @RequestBody RecordHours form, Viewer viewer) {
        var hours = register.change(id, precondition, form, viewer);
        return Versions.tagged(hours.version(), HoursView.of(hours));
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable UUID id, Viewer viewer) {
        return history.of(register.hours(id, viewer));
    }

    /** Answers with the counts, or 400 with every wrong cell under {@code rows} when nothing was imported. */
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> importFile(@RequestParam("file") MultipartFile file, Viewer viewer) {
        var report = register.importHours(files.read(file), viewer);
        if (report.accepted()) {
            return ResponseEntity.ok(new Imported(report.created(), report.changed(), report.unchanged()));
        }
        return problems.rejectedFile(report.errors());
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(
            @RequestParam(required = false) String format, HoursFilter filter, Paging paging, Viewer viewer) {
        return exports.export(format, filter, paging, viewer);
    }
}
