package dev.tandem.investigation.web;

import dev.tandem.history.HistoryEntry;
import dev.tandem.investigation.AddFact;
import dev.tandem.investigation.Investigation;
import dev.tandem.investigation.InvestigationDesk;
import dev.tandem.investigation.OpenInvestigation;
import dev.tandem.investigation.PlanInvestigation;
import dev.tandem.investigation.listing.InvestigationQueries;
import dev.tandem.investigation.listing.InvestigationQueries.InvestigationFilter;
import dev.tandem.investigation.listing.InvestigationQueries.InvestigationRow;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.IdempotentCreates;
import dev.tandem.shared.web.Pictures;
import dev.tandem.shared.web.Versions;
import dev.tandem.shared.web.VoidRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Investigations over the API: the queue and the list within the viewer's reach, opened by the client's id
 * (idempotent), planned, taken up, declined and given facts with the version read as {@code If-Match}.
 */
@RestController
@RequestMapping("/api/v1/investigations")
class InvestigationApi {

    private final InvestigationDesk desk;
    private final InvestigationQueries queries;

    InvestigationApi(InvestigationDesk desk, InvestigationQueries queries) {
        this.desk = desk;
        this.queries = queries;
    }

    record DeclineRequest(@Size(max = 4000) String reason) {}

    @GetMapping
    Page<InvestigationRow> list(InvestigationFilter filter, Paging paging, Viewer viewer) {
        return queries.investigations(filter, paging, viewer);
    }

    /** Opens an investigation; the same id again returns the stored one and writes nothing. */
    @PostMapping
    ResponseEntity<InvestigationView> open(@Valid @RequestBody OpenInvestigation command, Viewer viewer) {
        var opened = desk.open(command, viewer);
        var investigation = opened.record();
        return IdempotentCreates.answer(
                opened.isNew(),
                "/api/v1/investigations/",
                investigation.id(),
                view(investigation).getBody());
    }

    @GetMapping("/{id}")
    ResponseEntity<InvestigationView> get(@PathVariable UUID id, Viewer viewer) {
        return view(desk.investigation(id, viewer));
    }

    @PutMapping("/{id}")
    ResponseEntity<InvestigationView> plan(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @RequestBody PlanInvestigation plan,
            Viewer viewer) {
        return view(desk.plan(id, precondition, plan, viewer));
    }

    @PostMapping("/{id}/take-up")
    ResponseEntity<InvestigationView> takeUp(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @RequestBody PlanInvestigation plan,
            Viewer viewer) {
        return view(desk.takeUp(id, precondition, plan, viewer));
    }

    @PostMapping("/{id}/decline")
    ResponseEntity<InvestigationView> decline(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @RequestBody DeclineRequest request,
            Viewer viewer) {
        return view(desk.decline(id, precondition, request.reason(), viewer));
    }

    /** A fact for the timeline; its evidence is added on the page, or with the fact as a multipart form there. */
    @PostMapping("/{id}/facts")
    ResponseEntity<InvestigationView> addFact(
            @PathVariable UUID id, Precondition precondition, @Valid @RequestBody AddFact fact, Viewer viewer) {
        desk.addFact(id, precondition, fact, List.of(), viewer);
        return view(desk.investigation(id, viewer));
    }

    @GetMapping("/{id}/facts/{factId}/evidence/{fileId}")
    ResponseEntity<byte[]> evidence(
            @PathVariable UUID id, @PathVariable UUID factId, @PathVariable UUID fileId, Viewer viewer) {
        var file = desk.evidenceFile(id, factId, fileId, viewer);
        return Pictures.response(file.contentType(), file.content());
    }

    @PostMapping("/{id}/void")
    ResponseEntity<InvestigationView> voidInvestigation(
            @PathVariable UUID id, @Valid @RequestBody VoidRequest request, Viewer viewer) {
        return view(desk.voidInvestigation(id, request.reason(), viewer));
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable UUID id, Viewer viewer) {
        return desk.history(id, viewer);
    }

    private ResponseEntity<InvestigationView> view(Investigation investigation) {
        return Versions.tagged(investigation.version(), InvestigationView.of(investigation, desk::evidence));
    }
}
