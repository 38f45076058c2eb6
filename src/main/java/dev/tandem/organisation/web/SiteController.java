package dev.tandem.organisation.web;

import dev.tandem.history.History;
import dev.tandem.organisation.DefineSite;
import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.organisation.OrganisationQueries.SiteFilter;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class SiteController {

    private final PlantStructure plant;
    private final OrganisationQueries queries;
    private final History history;

    SiteController(PlantStructure plant, OrganisationQueries queries, History history) {
        this.plant = plant;
        this.queries = queries;
        this.history = history;
    }

    @GetMapping("/sites")
    String list(@ModelAttribute("filter") SiteFilter filter, Paging paging, Model model) {
        model.addAttribute("page", queries.sites(filter, paging));
        return "sites/list";
    }

    @GetMapping("/sites/new")
    String blank(Viewer viewer, Model model) {
        var form = DefineSite.named("", "", plant.enterprise().timeZone(), "");
        model.addAttribute("form", form);
        return leads(form, viewer, model);
    }

    @PostMapping("/sites")
    String create(@Valid @ModelAttribute("form") DefineSite form, BindingResult errors, Viewer viewer, Model model) {
        return Forms.submit(
                errors,
                () -> leads(form, viewer, model),
                () -> "redirect:/sites/" + plant.createSite(null, form, viewer).id());
    }

    @GetMapping("/sites/{id}")
    String show(@PathVariable UUID id, Viewer viewer, Model model) {
        var form = DefineSite.of(plant.site(id));
        model.addAttribute("form", form);
        leads(form, viewer, model);
        return editing(id, model);
    }

    @PostMapping("/sites/{id}")
    String update(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @ModelAttribute("form") DefineSite form,
            BindingResult errors,
            Viewer viewer,
            Model model) {
        return Forms.submit(
                errors,
                () -> {
                    editing(id, model);
                    return leads(form, viewer, model);
                },
                () -> {
                    plant.updateSite(id, precondition, form, viewer);
                    return "redirect:/sites/" + id + "?saved";
                });
    }

    @PostMapping("/sites/{id}/void")
    String voidSite(@PathVariable UUID id, @RequestParam String reason, Viewer viewer, RedirectAttributes flash) {
        return Forms.voiding("/sites/" + id, flash, () -> plant.voidSite(id, reason, viewer));
    }

    /** Editors choose the lead among the owner company's people; everyone else sees only the current lead. */
    private String leads(DefineSite form, Viewer viewer, Model model) {
        model.addAttribute("leads", OwnStaffChoices.of(queries, form.hseLeadId(), viewer));
        return "sites/form";
    }

    private String editing(UUID id, Model model) {
        var site = plant.site(id);
        model.addAttribute("record", site);
        model.addAttribute("history", history.of(site));
        return "sites/form";
    }
}
