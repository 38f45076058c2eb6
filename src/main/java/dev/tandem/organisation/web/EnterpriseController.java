package dev.tandem.organisation.web;

import dev.tandem.history.History;
import dev.tandem.organisation.ConfigureEnterprise;
import dev.tandem.organisation.DaysWithoutTrigger;
import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import jakarta.validation.Valid;
import java.time.ZoneId;
import java.util.TreeSet;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The enterprise settings with their history, for administrators. */
@Controller
class EnterpriseController {

    private final PlantStructure plant;
    private final OrganisationQueries queries;
    private final History history;

    EnterpriseController(PlantStructure plant, OrganisationQueries queries, History history) {
        this.plant = plant;
        this.queries = queries;
        this.history = history;
    }

    @ModelAttribute("timeZones")
    TreeSet<String> timeZones() {
        return new TreeSet<>(ZoneId.getAvailableZoneIds());
    }

    @ModelAttribute("triggers")
    DaysWithoutTrigger[] triggers() {
        return DaysWithoutTrigger.values();
    }

    @GetMapping("/enterprise")
    String show(Viewer viewer, Model model) {
        viewer.requireRole(Role.ADMIN);
        var form = ConfigureEnterprise.of(plant.enterprise());
        model.addAttribute("form", form);
        return page(form, model);
    }

    /** The managing director's choices matching a search, for the form's picker; the one chosen stays chosen. */
    @GetMapping("/enterprise/managing-directors")
    String managingDirectorOptions(
            @RequestParam(required = false) String q,
            @RequestParam(name = "managingDirectorId", required = false) UUID current,
            Viewer viewer,
            Model model) {
        viewer.requireRole(Role.ADMIN);
        model.addAttribute("owners", queries.areaOwnerOptions(q, current));
        model.addAttribute("current", current);
        return "areas/owner-options";
    }

    @PostMapping("/enterprise")
    String update(
            @Valid @ModelAttribute("form") ConfigureEnterprise form,
            BindingResult errors,
            Precondition precondition,
            Viewer viewer,
            Model model) {
        viewer.requireRole(Role.ADMIN);
        return Forms.submit(errors, () -> page(form, model), () -> {
            plant.updateEnterprise(precondition, form, viewer);
            return "redirect:/enterprise?saved";
        });
    }

    private String page(ConfigureEnterprise form, Model model) {
        var enterprise = plant.enterprise();
        model.addAttribute("record", enterprise);
        model.addAttribute("directors", queries.areaOwnerOptions(null, form.managingDirectorId()));
        model.addAttribute("history", history.of(enterprise));
        return "enterprise/form";
    }
}
