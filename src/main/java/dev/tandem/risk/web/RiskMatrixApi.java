package dev.tandem.risk.web;

import dev.tandem.history.History;
import dev.tandem.history.HistoryEntry;
import dev.tandem.risk.DefineHazardCategory;
import dev.tandem.risk.HazardCategory;
import dev.tandem.risk.HazardTaxonomy;
import dev.tandem.risk.matrix.PublishMatrix;
import dev.tandem.risk.matrix.RiskMatrices;
import dev.tandem.risk.matrix.RiskMatrix;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.IdempotentCreates;
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
import org.springframework.web.bind.annotation.RestController;

/** The risk matrix's versions and the hazard taxonomy: everyone reads them, the safety department keeps them. */
@RestController
class RiskMatrixApi {

    private final RiskMatrices matrices;
    private final HazardTaxonomy taxonomy;
    private final History history;

    RiskMatrixApi(RiskMatrices matrices, HazardTaxonomy taxonomy, History history) {
        this.matrices = matrices;
        this.taxonomy = taxonomy;
        this.history = history;
    }

    /** The version new assessments are made on. */
    @GetMapping("/api/v1/risk-matrix")
    RiskMatrix current() {
        return matrices.current();
    }

    /** Every version, latest first: who published which, when. */
    @GetMapping("/api/v1/risk-matrix/versions")
    List<RiskMatrix> versions() {
        return matrices.versions();
    }

    @GetMapping("/api/v1/risk-matrix/versions/{id}")
    RiskMatrix version(@PathVariable UUID id) {
        return matrices.version(id);
    }

    /** Publishes a new version (administrators and the safety department); assessments made before keep theirs. */
    @PostMapping("/api/v1/risk-matrix")
    ResponseEntity<RiskMatrix> publish(@Valid @RequestBody PublishMatrix command, Viewer viewer) {
        var matrix = matrices.publish(command, viewer);
        return ResponseEntity.created(URI.create("/api/v1/risk-matrix/versions/" + matrix.id()))
                .body(matrix);
    }

    @GetMapping("/api/v1/hazard-categories")
    List<CategoryView> categories() {
        return taxonomy.current().stream().map(CategoryView::of).toList();
    }

    /**
     * Adds a hazard category (the safety department); sending the same id again returns the stored one.
     *
     * @param id chosen by the client, or none
     */
    @PostMapping("/api/v1/hazard-categories")
    ResponseEntity<CategoryView> define(
            @org.springframework.web.bind.annotation.RequestParam(required = false) UUID id,
            @Valid @RequestBody DefineHazardCategory command,
            Viewer viewer) {
        var created = taxonomy.define(id, command, viewer);
        var category = created.record();
        return IdempotentCreates.answer(created.isNew(), URI.create("/api/v1/hazard-categories/" + category.id()))
                .eTag("\"" + category.version() + "\"")
                .body(CategoryView.of(category));
    }

    @GetMapping("/api/v1/hazard-categories/{id}")
    ResponseEntity<CategoryView> category(@PathVariable UUID id) {
        var category = taxonomy.category(id);
        return Versions.tagged(category.version(), CategoryView.of(category));
    }

    @PutMapping("/api/v1/hazard-categories/{id}")
    ResponseEntity<CategoryView> rename(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @RequestBody DefineHazardCategory command,
            Viewer viewer) {
        var category = taxonomy.rename(id, precondition, command, viewer);
        return Versions.tagged(category.version(), CategoryView.of(category));
    }

    @PostMapping("/api/v1/hazard-categories/{id}/void")
    CategoryView voidCategory(@PathVariable UUID id, @Valid @RequestBody VoidRequest request, Viewer viewer) {
        return CategoryView.of(taxonomy.voidCategory(id, request.reason(), viewer));
    }

    @GetMapping("/api/v1/hazard-categories/{id}/history")
    List<HistoryEntry> categoryHistory(@PathVariable UUID id) {
        return history.of(taxonomy.category(id));
    }

    record CategoryView(UUID id, String code, String nameEn, String nameRu, boolean voided) {
        static CategoryView of(HazardCategory category) {
            return new CategoryView(
                    category.id(), category.code(), category.nameEn(), category.nameRu(), category.isVoided());
        }
    }
}
