package dev.tandem.audit.web;

import dev.tandem.audit.ChecklistTemplate;
import dev.tandem.audit.Checklists;
import dev.tandem.audit.Question;
import dev.tandem.audit.QuestionType;
import dev.tandem.audit.TemplateAccess;
import dev.tandem.audit.TemplateSheets;
import dev.tandem.history.History;
import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.imports.ImportPages;
import dev.tandem.shared.web.Forms;
import dev.tandem.shared.web.RowProblems;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The checklist templates' pages: the list, and a template's page with its title page, its questions by section, the
 * scoring formula, the questions added and removed one by one, publishing and voiding, and its history.
 */
@Controller
class TemplateController {

    private final Checklists checklists;
    private final TemplateSheets sheets;
    private final RowProblems problems;
    private final OrganisationQueries organisations;
    private final History history;

    TemplateController(
            Checklists checklists,
            TemplateSheets sheets,
            RowProblems problems,
            OrganisationQueries organisations,
            History history) {
        this.checklists = checklists;
        this.sheets = sheets;
        this.problems = problems;
        this.organisations = organisations;
        this.history = history;
    }

    @GetMapping("/audit/templates")
    String list(@RequestParam(required = false) String q, Paging paging, Viewer viewer, Model model) {
        model.addAttribute("page", checklists.list(q, paging, viewer));
        model.addAttribute("q", q);
        model.addAttribute("canKeep", TemplateAccess.keeps(viewer));
        return "audit/templates";
    }

    @GetMapping("/audit/templates/new")
    String blank(Viewer viewer, Model model) {
        if (!TemplateAccess.keeps(viewer)) {
            throw new AccessDeniedException("keeping checklist templates");
        }
        model.addAttribute("form", new TitleForm("", "", null));
        model.addAttribute("sites", organisations.siteOptions());
        return "audit/new-template";
    }

    @PostMapping("/audit/templates")
    String draft(@Valid @ModelAttribute("form") TitleForm form, BindingResult errors, Viewer viewer, Model model) {
        model.addAttribute("sites", organisations.siteOptions());
        return Forms.submit(
                errors,
                "audit/new-template",
                () -> "redirect:/audit/templates/"
                        + checklists
                                .draft(null, form.definition(java.util.List.of()), viewer)
                                .record()
                                .id());
    }

    @GetMapping("/audit/templates/{id}")
    String template(@PathVariable UUID id, Viewer viewer, Model model) {
        var template = checklists.template(id, viewer);
        model.addAttribute("form", TitleForm.of(template));
        model.addAttribute("question", QuestionForm.blank());
        return page(template, viewer, model);
    }

    @PostMapping("/audit/templates/{id}")
    String revise(
            @PathVariable UUID id,
            Long version,
            @Valid @ModelAttribute("form") TitleForm form,
            BindingResult errors,
            Viewer viewer,
            Model model) {
        var template = checklists.template(id, viewer);
        model.addAttribute("question", QuestionForm.blank());
        return Forms.submit(errors, () -> page(template, viewer, model), () -> {
            checklists.revise(id, Precondition.version(version), form.definition(template.questions()), viewer);
            return "redirect:/audit/templates/" + id;
        });
    }

    /** Adds a question at the end of the draft; a rule it breaks comes back beside its field. */
    @PostMapping("/audit/templates/{id}/questions")
    String addQuestion(
            @PathVariable UUID id,
            Long version,
            @Valid @ModelAttribute("question") QuestionForm form,
            BindingResult errors,
            Viewer viewer,
            Model model) {
        var template = checklists.template(id, viewer);
        model.addAttribute("form", TitleForm.of(template));
        var index = template.questions().size();
        return Forms.submit(errors, () -> page(template, viewer, model), () -> {
            var questions = new ArrayList<>(template.questions());
            questions.add(form.question());
            try {
                checklists.revise(
                        id,
                        Precondition.version(version),
                        TitleForm.of(template).definition(questions),
                        viewer);
            } catch (InvalidRequestException broken) {
                throw onTheForm(broken, index);
            }
            return "redirect:/audit/templates/" + id + "#questions";
        });
    }

    @PostMapping("/audit/templates/{id}/questions/{name}/remove")
    String removeQuestion(@PathVariable UUID id, @PathVariable String name, Long version, Viewer viewer) {
        var template = checklists.template(id, viewer);
        var questions = new ArrayList<Question>(template.questions());
        questions.removeIf(question -> question.name().equals(name));
        checklists.revise(
                id, Precondition.version(version), TitleForm.of(template).definition(questions), viewer);
        return "redirect:/audit/templates/" + id + "#questions";
    }

    /** The draft's questions as a spreadsheet, to edit and upload again. */
    @GetMapping("/audit/templates/{id}/sheet")
    ResponseEntity<StreamingResponseBody> sheet(@PathVariable UUID id, Viewer viewer, Locale locale) {
        checklists.template(id, viewer);
        return ImportPages.template("checklist", out -> sheets.export(id, null, locale, out, viewer));
    }

    /** Replaces the draft's questions with a spreadsheet's, all or none; a refused file's wrong cells are listed. */
    @PostMapping("/audit/templates/{id}/sheet")
    String importSheet(
            @PathVariable UUID id,
            Long version,
            @RequestParam(required = false) MultipartFile file,
            Viewer viewer,
            Model model) {
        var template = checklists.template(id, viewer);
        try {
            var imported = sheets.importQuestions(id, Precondition.version(version), file, viewer);
            if (imported.template() != null) {
                return "redirect:/audit/templates/" + id + "#questions";
            }
            model.addAttribute("sheetErrors", problems.rows(imported.errors()));
        } catch (InvalidRequestException unreadable) {
            model.addAttribute("sheetRefused", unreadable);
        }
        model.addAttribute("form", TitleForm.of(template));
        model.addAttribute("question", QuestionForm.blank());
        return page(template, viewer, model);
    }

    @PostMapping("/audit/templates/{id}/publish")
    String publish(@PathVariable UUID id, Long version, Viewer viewer, RedirectAttributes flash) {
        try {
            checklists.publish(id, Precondition.version(version), viewer);
        } catch (InvalidRequestException refused) {
            flash.addFlashAttribute("publishRefused", refused.messageCode());
        }
        return "redirect:/audit/templates/" + id;
    }

    @PostMapping("/audit/templates/{id}/void")
    String voidTemplate(@PathVariable UUID id, String reason, Viewer viewer, RedirectAttributes flash) {
        return Forms.voiding("/audit/templates/" + id, flash, () -> checklists.voidTemplate(id, reason, viewer));
    }

    private String page(ChecklistTemplate template, Viewer viewer, Model model) {
        model.addAttribute("template", template);
        model.addAttribute("questions", template.questions());
        model.addAttribute("canChange", TemplateAccess.canChange(viewer, template) && !template.isVoided());
        model.addAttribute("types", QuestionType.values());
        model.addAttribute("sites", organisations.siteOptions());
        model.addAttribute("history", history.of(template));
        return "audit/template";
    }

    /** A rule the new question breaks, on the question form's field rather than the draft's list. */
    private static InvalidRequestException onTheForm(InvalidRequestException broken, int index) {
        var prefix = "questions[" + index + "].";
        if (broken.field() == null || !broken.field().startsWith(prefix)) {
            return broken;
        }
        return new InvalidRequestException(
                broken.field().substring(prefix.length()), broken.messageCode(), broken.arguments());
    }
}
