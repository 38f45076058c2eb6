package dev.tandem.risk.web;

import dev.tandem.history.History;
import dev.tandem.history.HistoryEntry;
import dev.tandem.risk.AcceptRisk;
import dev.tandem.risk.AssessRisk;
import dev.tandem.risk.AssessmentStage;
import dev.tandem.risk.IdentifyRisk;
import dev.tandem.risk.Risk;
import dev.tandem.risk.RiskFilter;
import dev.tandem.risk.RiskQueries;
import dev.tandem.risk.RiskQueries.Cell;
import dev.tandem.risk.RiskQueries.RiskRow;
import dev.tandem.risk.RiskQueries.Summary;
import dev.tandem.risk.RiskRegister;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.IdempotentCreates;
import dev.tandem.shared.web.ListApiController;
import dev.tandem.shared.web.QueryFilter;
import dev.tandem.shared.web.Versions;
import dev.tandem.shared.web.VoidRequest;
import jakarta.validation.Valid;
import java.net.URI;
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

@RestController
@RequestMapping("/api/v1/risks")
class RiskApi extends ListApiController<RiskFilter, RiskRow> {

    private final RiskRegister register;
    private final RiskQueries queries;
    private final History history;

    RiskApi(RiskRegister register, RiskQueries queries, RiskExports exports, History history) {
        super(queries::risks, exports::risks);
        this.register = register;
        this.queries = queries;
        this.history = history;
    }

    /** The selected risks per cell of the current matrix, before measures or (stage=RESIDUAL) after them. */
    @GetMapping("/heat-map")
    List<Cell> heatMap(@QueryFilter RiskFilter filter, Viewer viewer) {
        return queries.heatMap(filter.stage() == null ? filter.atStage(AssessmentStage.INHERENT) : filter, viewer);
    }

    /** Per site and (last, without a site) for the enterprise: risks identified, fatal, eliminated by measures. */
    @GetMapping("/summary")
    List<Summary> summary(Viewer viewer) {
        return queries.summaries(viewer);
    }

    /** Enters a risk; sending the same id again returns the stored risk and writes nothing. */
    @PostMapping
    ResponseEntity<RiskView> identify(@Valid @RequestBody IdentifyRisk details, Viewer viewer) {
        var created = register.identify(details, viewer);
        var risk = created.record();
        return IdempotentCreates.answer(created.isNew(), URI.create("/api/v1/risks/" + risk.id()))
                .eTag("\"" + risk.version() + "\"")
                .body(RiskView.of(risk));
    }

    @GetMapping("/{id}")
    ResponseEntity<RiskView> get(@PathVariable UUID id, Viewer viewer) {
        return tagged(register.risk(id, viewer));
    }

    @PutMapping("/{id}")
    ResponseEntity<RiskView> revise(
            @PathVariable UUID id, Precondition precondition, @Valid @RequestBody IdentifyRisk details, Viewer viewer) {
        return tagged(register.revise(id, precondition, details, viewer));
    }

    @PostMapping("/{id}/assess")
    ResponseEntity<RiskView> assess(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @RequestBody AssessRisk assessment,
            Viewer viewer) {
        return tagged(register.assess(id, precondition, assessment, viewer));
    }

    /** The residual risk: only once a compensating measure (an action on the risk) is verified. */
    @PostMapping("/{id}/residual")
    ResponseEntity<RiskView> residual(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @RequestBody AssessRisk assessment,
            Viewer viewer) {
        return tagged(register.assessResidual(id, precondition, assessment, viewer));
    }

    @PostMapping("/{id}/accept")
    ResponseEntity<RiskView> accept(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @RequestBody AcceptRisk acceptance,
            Viewer viewer) {
        return tagged(register.accept(id, precondition, acceptance, viewer));
    }

    @PostMapping("/{id}/void")
    ResponseEntity<RiskView> voidRisk(@PathVariable UUID id, @Valid @RequestBody VoidRequest request, Viewer viewer) {
        return tagged(register.voidRisk(id, request.reason(), viewer));
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable UUID id, Viewer viewer) {
        return history.of(register.risk(id, viewer));
    }

    private static ResponseEntity<RiskView> tagged(Risk risk) {
        return Versions.tagged(risk.version(), RiskView.of(risk));
    }
}
