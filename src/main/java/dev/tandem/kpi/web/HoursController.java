package dev.tandem.kpi.web;

import dev.tandem.history.History;
import dev.tandem.kpi.HoursRegister;
import dev.tandem.kpi.RecordHours;
import dev.tandem.kpi.hours.HoursQueries;
import dev.tandem.kpi.hours.HoursQueries.HoursFilter;
import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import dev.tandem.shared.web.RowProblems;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@Controller
class HoursController {

    private final HoursRegister register;
    private final HoursQueries queries;
    private final OrganisationQueries organisations;
    private final HoursFiles files;
    private final HoursExports exports;
    private final History history;
    private final MessageSource messages;
    private final RowProblems problems;

    HoursController(
            HoursRegister register,
            HoursQueries queries,
            OrganisationQueries organisations,
            HoursFiles files,
            HoursExports exports,
            History history,
            MessageSource messages,
            RowProblems problems) {
        this.register = register;
        this.queries = queries;
        this.organisations = organisations;
        this.files = files;
        this.exports = exports;
        this.history = history;
        this.messages = messages;
        this.problems = problems;
    }

    /** A wrong cell of an upload, as the page lists it. */
    @GetMapping("/hours")
    String list(@ModelAttribute("filter") HoursFilter filter, Paging paging, Viewer viewer, Model model) {
        var lastMonth = register.thisMonth().minusMonths(1);
        model.addAttribute(
                "form",
                new RecordHours(
                        viewer.has(Role.ADMIN, Role.HSE_SPECIALIST) ? null : viewer.organisationId(),
                        viewer.siteId(),
                        lastMonth,
                        null,
                        null));
        return listing(filter, paging, viewer, model);
    }

    @PostMapping("/hours")
    String record(@Valid @ModelAttribute("form") RecordHours form, BindingResult errors, Viewer viewer, Model model) {
        return Forms.submit(
                errors, () -> listing(HoursFilter.all(), Paging.first(Paging.DEFAULT_SIZE), viewer, model), () -> {
                    register.record(form, Precondition.none(), viewer);
                    return "redirect:/hours?saved";
                });
    }

    @PostMapping("/hours/import")
    String importFile(@RequestParam(name = "file", required = false) MultipartFile file, Viewer viewer, Model model) {
        viewer.requireRole(HoursRegister.KEEPERS);
        var locale = LocaleContextHolder.getLocale();
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidRequestException("file", "upload.empty");
            }
            var report = register.importHours(files.read(file), viewer);
            if (report.accepted()) {
                return "redirect:/hours?imported=" + report.created() + "&changed=" + report.changed() + "&unchanged="
                        + report.unchanged();
            }
            model.addAttribute("importErrors", problems.rows(report.errors()));
        } catch (InvalidRequestException unreadable) {
            model.addAttribute(
                    "importProblem", messages.getMessage(unreadable.messageCode(), unreadable.arguments(), locale));
        }
        model.addAttribute("form", RecordHours.blank());
        return listing(HoursFilter.all(), Paging.first(Paging.DEFAULT_SIZE), viewer, model);
    }

    @GetMapping("/hours/export.xlsx")
    ResponseEntity<StreamingResponseBody> exportXlsx(
            @ModelAttribute("filter") HoursFilter filter, Paging paging, Viewer viewer) {
        return exports.export("xlsx", filter, paging, viewer);
    }

    @GetMapping("/hours/export.csv")
    ResponseEntity<StreamingResponseBody> exportCsv(
            @ModelAttribute("filter") HoursFilter filter, Paging paging, Viewer viewer) {
        return exports.export("csv", filter, paging, viewer);
    }

    @GetMapping("/hours/{id}")
    String show(@PathVariable UUID id, Viewer viewer, Model model) {
        model.addAttribute("form", RecordHours.of(register.hours(id, viewer)));
        return editing(id, viewer, model);
    }

    @PostMapping("/hours/{id}")
    String change(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @ModelAttribute("form") RecordHours form,
            BindingResult errors,
            Viewer viewer,
            Model model) {
        return Forms.submit(errors, () -> editing(id, viewer, model), () -> {
            register.change(id, precondition, form, viewer);
            return "redirect:/hours/" + id + "?saved";
        });
    }

    private String listing(HoursFilter filter, Paging paging, Viewer viewer, Model model) {
        model.addAttribute("page", queries.hours(filter, paging, viewer));
        model.addAttribute("filter", filter);
        model.addAttribute("canRecord", viewer.has(HoursRegister.KEEPERS));
        return options(viewer, model, "hours/list");
    }

    private String editing(UUID id, Viewer viewer, Model model) {
        var hours = register.hours(id, viewer);
        model.addAttribute("record", hours);
        model.addAttribute("history", history.of(hours));
        model.addAttribute("canRecord", viewer.has(HoursRegister.KEEPERS));
        return options(viewer, model, "hours/form");
    }

    private String options(Viewer viewer, Model model, String view) {
        var visible = organisations.organisationOptions(viewer);
        model.addAttribute("organisations", visible);
        model.addAttribute(
                "keptOrganisations",
                visible.stream()
                        .filter(option -> viewer.has(Role.ADMIN, Role.HSE_SPECIALIST)
                                || option.id().equals(viewer.organisationId()))
                        .toList());
        model.addAttribute("sites", organisations.siteOptions());
        return view;
    }
}
