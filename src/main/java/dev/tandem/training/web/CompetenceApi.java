package dev.tandem.training.web;

import dev.tandem.history.History;
import dev.tandem.history.HistoryEntry;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.IdempotentCreates;
import dev.tandem.shared.web.Versions;
import dev.tandem.shared.web.VoidRequest;
import dev.tandem.training.Competence;
import dev.tandem.training.CompetenceCatalogue;
import dev.tandem.training.DefineCompetence;
import dev.tandem.training.EvidenceKind;
import dev.tandem.training.TrainingLog;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue of competences: everyone reads it, the safety department keeps it. */
@RestController
@RequestMapping("/api/v1/competences")
class CompetenceApi {

    private final CompetenceCatalogue catalogue;
    private final TrainingLog log;
    private final History history;

    CompetenceApi(CompetenceCatalogue catalogue, TrainingLog log, History history) {
        this.catalogue = catalogue;
        this.log = log;
        this.history = history;
    }

    /** The competences in use, by code. */
    @GetMapping
    List<CompetenceView> current() {
        return catalogue.current().stream().map(CompetenceView::of).toList();
    }

    /**
     * Adds a competence; sending the same id again returns the stored one.
     *
     * @param id chosen by the client, or none
     */
    @PostMapping
    ResponseEntity<CompetenceView> define(
            @RequestParam(required = false) UUID id, @Valid @RequestBody DefineCompetence command, Viewer viewer) {
        var created = catalogue.define(id, command, viewer);
        var competence = created.record();
        return IdempotentCreates.answer(created.isNew(), URI.create("/api/v1/competences/" + competence.id()))
                .eTag("\"" + competence.version() + "\"")
                .body(CompetenceView.of(competence));
    }

    @GetMapping("/{id}")
    ResponseEntity<CompetenceView> competence(@PathVariable UUID id) {
        return tagged(catalogue.competence(id));
    }

    /** New names, period or evidence: records made before keep their expiry until recomputed. */
    @PutMapping("/{id}")
    ResponseEntity<CompetenceView> revise(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @RequestBody DefineCompetence command,
            Viewer viewer) {
        return tagged(catalogue.revise(id, precondition, command, viewer));
    }

    @PostMapping("/{id}/void")
    ResponseEntity<CompetenceView> voidCompetence(
            @PathVariable UUID id, @Valid @RequestBody VoidRequest request, Viewer viewer) {
        return tagged(catalogue.voidCompetence(id, request.reason(), viewer));
    }

    /** Applies the competence's current period to the records made before it was edited (their expiry not given). */
    @PostMapping("/{id}/recompute-expiry")
    Recomputed recomputeExpiry(@PathVariable UUID id, Viewer viewer) {
        return new Recomputed(log.recomputeExpiry(id, viewer));
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable UUID id) {
        return history.of(catalogue.competence(id));
    }

    /** @param records how many records' expiry changed */
    record Recomputed(int records) {}

    private static ResponseEntity<CompetenceView> tagged(Competence competence) {
        return Versions.tagged(competence.version(), CompetenceView.of(competence));
    }

    record CompetenceView(
            UUID id,
            String code,
            String nameEn,
            String nameRu,
            Integer validityMonths,
            EvidenceKind evidence,
            boolean mentor,
            boolean voided) {

        static CompetenceView of(Competence competence) {
            return new CompetenceView(
                    competence.id(),
                    competence.code(),
                    competence.nameEn(),
                    competence.nameRu(),
                    competence.validityMonths(),
                    competence.evidence(),
                    competence.mentor(),
                    competence.isVoided());
        }
    }
}
