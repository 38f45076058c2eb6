package dev.tandem.training.web;

import dev.tandem.history.History;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import dev.tandem.training.CompetenceCatalogue;
import dev.tandem.training.DefineCompetence;
import dev.tandem.training.EvidenceKind;
import dev.tandem.training.TrainingLog;
import dev.tandem.training.access.TrainingAccess;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The catalogue of competences: everyone reads it; the safety department adds competences and edits their periods and
 * evidence, and recomputes on purpose the expiry of records made under an earlier period.
 */
@Controller
class CompetenceController {

    private final CompetenceCatalogue catalogue;
    private final TrainingLog log;
    private final History history;

    CompetenceController(CompetenceCatalogue catalogue, TrainingLog log, History history) {
        this.catalogue = catalogue;
        this.log = log;
        this.history = history;
    }

    @GetMapping("/training/competences")
    String list(Viewer viewer, Model model) {
        model.addAttribute("competences", catalogue.current());
        model.addAttribute("canKeep", TrainingAccess.approves(viewer));
        return "training/competences";
    }

    @GetMapping("/training/competences/new")
    String blank(Model model) {
        model.addAttribute("form", new DefineCompetence("", "", "", 12, EvidenceKind.CERTIFICATE, false));
        Forms.newId(model, null);
        return form(null, model);
    }

    /** Adds a competence under the form's {@code newId}, so that the form sent twice adds it once. */
    @PostMapping("/training/competences")
    String define(
            @RequestParam(required = false) UUID newId,
            @Valid @ModelAttribute("form") DefineCompetence form,
            BindingResult errors,
            Viewer viewer,
            Model model) {
        Forms.newId(model, newId);
        return Forms.submit(
                errors,
                () -> form(null, model),
                () -> "redirect:/training/competences/"
                        + catalogue.define(newId, form, viewer).record().id());
    }

    @GetMapping("/training/competences/{id}")
    String edit(@PathVariable UUID id, Viewer viewer, Model model) {
        model.addAttribute("form", DefineCompetence.of(catalogue.competence(id)));
        model.addAttribute("canKeep", TrainingAccess.approves(viewer));
        return form(id, model);
    }

    @PostMapping("/training/competences/{id}")
    String revise(
            @PathVariable UUID id,
            Long version,
            @Valid @ModelAttribute("form") DefineCompetence form,
            BindingResult errors,
            Viewer viewer,
            Model model) {
        return Forms.submit(errors, () -> form(id, model), () -> {
            catalogue.revise(id, Precondition.version(version), form, viewer);
            return "redirect:/training/competences/" + id;
        });
    }

    /** Applies the current period to records made before it was edited. */
    @PostMapping("/training/competences/{id}/recompute")
    String recompute(@PathVariable UUID id, Viewer viewer) {
        return "redirect:/training/competences/" + id + "?recomputed=" + log.recomputeExpiry(id, viewer);
    }

    private String form(UUID id, Model model) {
        model.addAttribute("evidenceKinds", EvidenceKind.values());
        if (id != null) {
            var competence = catalogue.competence(id);
            model.addAttribute("competence", competence);
            model.addAttribute("history", history.of(competence));
        }
        if (!model.containsAttribute("canKeep")) {
            model.addAttribute("canKeep", true);
        }
        return "training/competence";
    }
}
