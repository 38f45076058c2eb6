package dev.tandem.training.web;

import dev.tandem.history.History;
import dev.tandem.history.HistoryEntry;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.IdempotentCreates;
import dev.tandem.shared.web.Versions;
import dev.tandem.shared.web.VoidRequest;
import dev.tandem.training.RequireCompetence;
import dev.tandem.training.RequirementsMatrix;
import dev.tandem.training.RequirementsMatrix.Requirement;
import dev.tandem.training.TrainingRequirement;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The requirements matrix: which competences everyone, a position, a role or work in an area requires. */
@RestController
@RequestMapping("/api/v1/training-requirements")
class RequirementApi {

    private final RequirementsMatrix requirements;
    private final History history;

    RequirementApi(RequirementsMatrix requirements, History history) {
        this.requirements = requirements;
        this.history = history;
    }

    /** Every current requirement; a plant has some hundreds at most. */
    @GetMapping
    List<Requirement> current() {
        return requirements.current();
    }

    /**
     * Requires a competence (the safety department); the same id again returns the stored requirement.
     *
     * @param id chosen by the client, or none
     */
    @PostMapping
    ResponseEntity<RequirementView> require(
            @RequestParam(required = false) UUID id, @Valid @RequestBody RequireCompetence command, Viewer viewer) {
        var created = requirements.require(id, command, viewer);
        var requirement = created.record();
        return IdempotentCreates.answer(
                        created.isNew(), URI.create("/api/v1/training-requirements/" + requirement.id()))
                .eTag("\"" + requirement.version() + "\"")
                .body(RequirementView.of(requirement));
    }

    @GetMapping("/{id}")
    ResponseEntity<RequirementView> requirement(@PathVariable UUID id) {
        var requirement = requirements.requirement(id);
        return Versions.tagged(requirement.version(), RequirementView.of(requirement));
    }

    @PostMapping("/{id}/void")
    ResponseEntity<RequirementView> voidRequirement(
            @PathVariable UUID id, @Valid @RequestBody VoidRequest request, Viewer viewer) {
        var requirement = requirements.voidRequirement(id, request.reason(), viewer);
        return Versions.tagged(requirement.version(), RequirementView.of(requirement));
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable UUID id) {
        return history.of(requirements.requirement(id));
    }

    record RequirementView(
            UUID id, UUID competenceId, String position, dev.tandem.shared.Role role, UUID areaId, boolean voided) {

        static RequirementView of(TrainingRequirement requirement) {
            return new RequirementView(
                    requirement.id(),
                    requirement.competenceId(),
                    requirement.position(),
                    requirement.role(),
                    requirement.areaId(),
                    requirement.isVoided());
        }
    }
}
