package dev.tandem.training.web;

import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import dev.tandem.training.CompetenceCatalogue;
import dev.tandem.training.RequireCompetence;
import dev.tandem.training.RequirementsMatrix;
import dev.tandem.training.access.TrainingAccess;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The requirements matrix as a page: what everyone, a position, a role or work in an area requires. Everyone reads it;
 * the safety department adds requirements and voids them with a reason.
 */
@Controller
class RequirementsController {

    private final RequirementsMatrix requirements;
    private final CompetenceCatalogue catalogue;
    private final OrganisationQueries organisations;

    RequirementsController(
            RequirementsMatrix requirements, CompetenceCatalogue catalogue, OrganisationQueries organisations) {
        this.requirements = requirements;
        this.catalogue = catalogue;
        this.organisations = organisations;
    }

    @GetMapping("/training/requirements")
    String list(Viewer viewer, Locale locale, Model model) {
        model.addAttribute("requirements", requirements.current());
        model.addAttribute("canKeep", TrainingAccess.approves(viewer));
        model.addAttribute(
                "competences",
                catalogue.current().stream()
                        .map(competence -> new OrganisationQueries.Option(competence.id(), competence.name(locale)))
                        .toList());
        model.addAttribute("roles", Role.values());
        var areas = new java.util.ArrayList<OrganisationQueries.Option>();
        organisations.places().forEach(site -> site.areas()
                .forEach(area ->
                        areas.add(new OrganisationQueries.Option(area.id(), site.siteName() + " — " + area.label()))));
        model.addAttribute("areas", areas);
        if (!model.containsAttribute("newId")) {
            Forms.newId(model, null);
        }
        return "training/requirements";
    }

    /** Adds a requirement under the form's {@code newId}, so that the form sent twice adds it once. */
    @PostMapping("/training/requirements")
    String require(
            @RequestParam(required = false) UUID newId,
            @RequestParam(required = false) UUID competenceId,
            @RequestParam(required = false) String position,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) UUID areaId,
            Viewer viewer,
            Locale locale,
            Model model) {
        try {
            if (competenceId == null) {
                throw new InvalidRequestException("competenceId", "training.rule.noSuchCompetence");
            }
            requirements.require(newId, new RequireCompetence(competenceId, position, role, areaId), viewer);
        } catch (InvalidRequestException refused) {
            model.addAttribute("refused", refused);
            Forms.newId(model, newId);
            return list(viewer, locale, model);
        }
        return "redirect:/training/requirements";
    }

    @PostMapping("/training/requirements/{id}/void")
    String voidRequirement(
            @PathVariable UUID id, @RequestParam String reason, Viewer viewer, Locale locale, Model model) {
        try {
            requirements.voidRequirement(id, reason, viewer);
        } catch (InvalidRequestException refused) {
            model.addAttribute("refused", refused);
            return list(viewer, locale, model);
        }
        return "redirect:/training/requirements";
    }
}
