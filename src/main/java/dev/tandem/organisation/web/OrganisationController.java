package dev.tandem.organisation.web;

import dev.tandem.history.History;
import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.organisation.OrganisationQueries.OrganisationFilter;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.organisation.OrganisationStatus;
import dev.tandem.organisation.RegisterOrganisation;
import dev.tandem.organisation.kinds.OrganisationKind;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import dev.tandem.shared.web.Spreadsheets;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.context.support.DefaultMessageSourceResolvable;
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
class OrganisationController {

    private final OrganisationRegister register;
    private final OrganisationQueries queries;
    private final History history;
    private final Spreadsheets spreadsheets;

    OrganisationController(
            OrganisationRegister register, OrganisationQueries queries, History history, Spreadsheets spreadsheets) {
        this.register = register;
        this.queries = queries;
        this.history = history;
        this.spreadsheets = spreadsheets;
    }

    @ModelAttribute("kinds")
    OrganisationKind[] kinds() {
        return OrganisationKind.values();
    }

    @ModelAttribute("statuses")
    OrganisationStatus[] statuses() {
        return OrganisationStatus.values();
    }

    @GetMapping("/organisations")
    String list(@ModelAttribute("filter") OrganisationFilter filter, Paging paging, Viewer viewer, Model model) {
        model.addAttribute("page", queries.organisations(filter, paging, viewer));
        return "organisations/list";
    }

    @GetMapping("/organisations/export.xlsx")
    ResponseEntity<StreamingResponseBody> export(
            @ModelAttribute("filter") OrganisationFilter filter, Paging paging, Viewer viewer) {
        return spreadsheets.xlsx(
                "organisations",
                List.of(
                        "organisation.name",
                        "organisation.kind",
                        "organisation.status",
                        "organisation.taxNumber",
                        "organisation.contactEmail",
                        "organisation.contactPhone",
                        "organisation.people",
                        "record.voidedColumn"),
                queries.organisations(filter, Paging.export(paging.sort()), viewer)
                        .items(),
                row -> Arrays.asList(
                        row.name(),
                        new DefaultMessageSourceResolvable("organisation.kind." + row.kind()),
                        new DefaultMessageSourceResolvable("organisation.status." + row.status()),
                        row.taxNumber(),
                        row.contactEmail(),
                        row.contactPhone(),
                        row.people(),
                        row.voided()));
    }

    @GetMapping("/organisations/new")
    String blank(Model model) {
        model.addAttribute("form", new RegisterOrganisation("", OrganisationStatus.PROSPECTIVE, "", "", "", null));
        return "organisations/form";
    }

    @PostMapping("/organisations")
    String create(@Valid @ModelAttribute("form") RegisterOrganisation form, BindingResult errors, Viewer viewer) {
        return Forms.submit(
                errors,
                "organisations/form",
                () -> "redirect:/organisations/"
                        + register.registerContractor(null, form, viewer).id());
    }

    @GetMapping("/organisations/{id}")
    String show(@PathVariable UUID id, Viewer viewer, Model model) {
        model.addAttribute("form", RegisterOrganisation.of(register.organisation(id, viewer)));
        return editing(id, viewer, model);
    }

    @PostMapping("/organisations/{id}")
    String update(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @ModelAttribute("form") RegisterOrganisation form,
            BindingResult errors,
            Viewer viewer,
            Model model) {
        return Forms.submit(errors, () -> editing(id, viewer, model), () -> {
            register.updateOrganisation(id, precondition, form, viewer);
            return "redirect:/organisations/" + id + "?saved";
        });
    }

    @PostMapping("/organisations/{id}/void")
    String voidOrganisation(
            @PathVariable UUID id, @RequestParam String reason, Viewer viewer, RedirectAttributes flash) {
        return Forms.voiding("/organisations/" + id, flash, () -> register.voidOrganisation(id, reason, viewer));
    }

    private String editing(UUID id, Viewer viewer, Model model) {
        var organisation = register.organisation(id, viewer);
        model.addAttribute("record", organisation);
        model.addAttribute("history", history.of(organisation));
        return "organisations/form";
    }
}
