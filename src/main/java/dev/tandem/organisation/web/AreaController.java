package dev.tandem.organisation.web;

import dev.tandem.history.History;
import dev.tandem.organisation.DefineArea;
import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.organisation.OrganisationQueries.AreaFilter;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import dev.tandem.shared.web.Spreadsheets;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class AreaController {

    private final PlantStructure plant;
    private final OrganisationQueries queries;
    private final History history;
    private final Spreadsheets spreadsheets;

    AreaController(PlantStructure plant, OrganisationQueries queries, History history, Spreadsheets spreadsheets) {
        this.plant = plant;
        this.queries = queries;
        this.history = history;
        this.spreadsheets = spreadsheets;
    }

    @ModelAttribute("sites")
    Object sites() {
        return queries.siteOptions();
    }

    @GetMapping("/areas")
    String list(@ModelAttribute("filter") AreaFilter filter, Paging paging, Model model) {
        model.addAttribute("page", queries.areas(filter, paging));
        return "areas/list";
    }

    @GetMapping("/areas/export.xlsx")
    ResponseEntity<StreamingResponseBody> export(@ModelAttribute("filter") AreaFilter filter, Paging paging) {
        return spreadsheets.xlsx(
                "areas",
                List.of("area.site", "area.code", "area.name", "area.owner", "record.voidedColumn"),
                queries.areas(filter, Paging.export(paging.sort())).items(),
                row -> Arrays.asList(row.siteName(), row.code(), row.name(), row.ownerName(), row.voided()));
    }

    @GetMapping("/areas/new")
    String blank(@RequestParam(required = false) UUID siteId, Viewer viewer, Model model) {
        var form = new DefineArea(siteId, "", "", null, "");
        model.addAttribute("form", form);
        return owners(form, viewer, model);
    }

    @PostMapping("/areas")
    String create(@Valid @ModelAttribute("form") DefineArea form, BindingResult errors, Viewer viewer, Model model) {
        return Forms.submit(
                errors,
                () -> owners(form, viewer, model),
                () -> "redirect:/areas/" + plant.createArea(null, form, viewer).id());
    }

    @GetMapping("/areas/{id}")
    String show(@PathVariable UUID id, Viewer viewer, Model model) {
        var form = DefineArea.of(plant.area(id));
        model.addAttribute("form", form);
        owners(form, viewer, model);
        return editing(id, model);
    }

    /**
     * The owner company's people matching a search, for the pickers of an area's owner and a site's HSE lead; the one
     * chosen so far stays chosen. Only for those who may edit areas and sites.
     */
    @GetMapping({"/areas/owners", "/sites/hse-leads"})
    String ownerOptions(
            @RequestParam(required = false) String q,
            @RequestParam(name = "ownerId", required = false) UUID owner,
            @RequestParam(name = "hseLeadId", required = false) UUID lead,
            Viewer viewer,
            Model model) {
        viewer.requireRole(Role.ADMIN, Role.HSE_SPECIALIST);
        var current = owner != null ? owner : lead;
        model.addAttribute("owners", queries.areaOwnerOptions(q, current));
        model.addAttribute("current", current);
        return "areas/owner-options";
    }

    @PostMapping("/areas/{id}")
    String update(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @ModelAttribute("form") DefineArea form,
            BindingResult errors,
            Viewer viewer,
            Model model) {
        return Forms.submit(
                errors,
                () -> {
                    editing(id, model);
                    return owners(form, viewer, model);
                },
                () -> {
                    plant.updateArea(id, precondition, form, viewer);
                    return "redirect:/areas/" + id + "?saved";
                });
    }

    @PostMapping("/areas/{id}/void")
    String voidArea(@PathVariable UUID id, @RequestParam String reason, Viewer viewer, RedirectAttributes flash) {
        return Forms.voiding("/areas/" + id, flash, () -> plant.voidArea(id, reason, viewer));
    }

    /** Editors choose among the owner company's people; everyone else sees only the current owner. */
    private String owners(DefineArea form, Viewer viewer, Model model) {
        model.addAttribute("owners", OwnStaffChoices.of(queries, form.ownerId(), viewer));
        return "areas/form";
    }

    private String editing(UUID id, Model model) {
        var area = plant.area(id);
        model.addAttribute("record", area);
        model.addAttribute("history", history.of(area));
        return "areas/form";
    }
}
