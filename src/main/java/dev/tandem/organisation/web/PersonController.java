package dev.tandem.organisation.web;

import dev.tandem.history.History;
import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.organisation.OrganisationQueries.PersonFilter;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.organisation.RegisterPerson;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Precondition;
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
class PersonController {

    private final OrganisationRegister register;
    private final OrganisationQueries queries;
    private final History history;
    private final Spreadsheets spreadsheets;

    PersonController(
            OrganisationRegister register, OrganisationQueries queries, History history, Spreadsheets spreadsheets) {
        this.register = register;
        this.queries = queries;
        this.history = history;
        this.spreadsheets = spreadsheets;
    }

    @GetMapping("/people")
    String list(@ModelAttribute("filter") PersonFilter filter, Paging paging, Viewer viewer, Model model) {
        model.addAttribute("page", queries.people(filter, paging, viewer));
        model.addAttribute("organisations", queries.organisationOptions(viewer));
        model.addAttribute("sites", queries.siteOptions());
        return "people/list";
    }

    @GetMapping("/people/export.xlsx")
    ResponseEntity<StreamingResponseBody> export(
            @ModelAttribute("filter") PersonFilter filter, Paging paging, Viewer viewer) {
        return spreadsheets.xlsx(
                "people",
                List.of(
                        "person.fullName",
                        "person.personnelNumber",
                        "person.position",
                        "person.organisation",
                        "person.site",
                        "person.email",
                        "person.phone",
                        "record.voidedColumn"),
                queries.people(filter, Paging.export(paging.sort()), viewer).items(),
                row -> Arrays.asList(
                        row.fullName(),
                        row.personnelNumber(),
                        row.position(),
                        row.organisationName(),
                        row.siteName(),
                        row.email(),
                        row.phone(),
                        row.voided()));
    }

    @GetMapping("/people/new")
    String blank(@RequestParam(required = false) UUID organisationId, Viewer viewer, Model model) {
        var organisation = organisationId != null ? organisationId : viewer.organisationId();
        model.addAttribute("form", new RegisterPerson(organisation, "", "", viewer.siteId(), null, "", "", ""));
        Forms.newId(model, null);
        return options(viewer, model);
    }

    /** Adds a person under the form's {@code newId}, so that the form sent twice adds them once. */
    @PostMapping("/people")
    String create(
            @RequestParam(required = false) UUID newId,
            @Valid @ModelAttribute("form") RegisterPerson form,
            BindingResult errors,
            Viewer viewer,
            Model model) {
        Forms.newId(model, newId);
        return Forms.submit(
                errors,
                () -> options(viewer, model),
                () -> "redirect:/people/"
                        + register.addPerson(newId, form, viewer).record().id());
    }

    @GetMapping("/people/{id}")
    String show(@PathVariable UUID id, Viewer viewer, Model model) {
        model.addAttribute("form", RegisterPerson.of(register.person(id, viewer)));
        return editing(id, viewer, model);
    }

    @PostMapping("/people/{id}")
    String update(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @ModelAttribute("form") RegisterPerson form,
            BindingResult errors,
            Viewer viewer,
            Model model) {
        return Forms.submit(errors, () -> editing(id, viewer, model), () -> {
            register.updatePerson(id, precondition, form, viewer);
            return "redirect:/people/" + id + "?saved";
        });
    }

    @PostMapping("/people/{id}/void")
    String voidPerson(@PathVariable UUID id, @RequestParam String reason, Viewer viewer, RedirectAttributes flash) {
        return Forms.voiding("/people/" + id, flash, () -> register.voidPerson(id, reason, viewer));
    }

    private String editing(UUID id, Viewer viewer, Model model) {
        var person = register.person(id, viewer);
        model.addAttribute("record", person);
        model.addAttribute("history", history.of(person));
        return options(viewer, model);
    }

    private String options(Viewer viewer, Model model) {
        model.addAttribute("organisations", queries.organisationOptions(viewer));
        model.addAttribute("sites", queries.siteOptions());
        model.addAttribute("areas", queries.areaOptions());
        return "people/form";
    }
}
