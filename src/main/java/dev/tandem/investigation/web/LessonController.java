package dev.tandem.investigation.web;

import dev.tandem.equipment.EquipmentType;
import dev.tandem.investigation.InvestigationStatus;
import dev.tandem.investigation.LessonDesk;
import dev.tandem.investigation.LessonStatus;
import dev.tandem.investigation.RootCauseClass;
import dev.tandem.investigation.access.InvestigationAccess;
import dev.tandem.investigation.lessons.LessonAccess;
import dev.tandem.investigation.lessons.LessonQueries;
import dev.tandem.investigation.lessons.LessonQueries.LessonFilter;
import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
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

/**
 * The lessons' pages: the library everyone reads, each card with its way from draft to published, and the form that
 * drafts a card on an investigation.
 */
@Controller
class LessonController {

    /** The kinds of record a card may be filed under: the safety events investigated, and a machine's stops. */
    static final List<String> CATEGORIES =
            List.of("INCIDENT", "NEAR_MISS", "HAZARD", "VIOLATION", "EARLY_WARNING", "DOWNTIME");

    private final LessonDesk desk;
    private final LessonQueries queries;
    private final LessonExports exports;
    private final OrganisationQueries organisations;
    private final PlantStructure plant;

    LessonController(
            LessonDesk desk,
            LessonQueries queries,
            LessonExports exports,
            OrganisationQueries organisations,
            PlantStructure plant) {
        this.desk = desk;
        this.queries = queries;
        this.exports = exports;
        this.organisations = organisations;
        this.plant = plant;
    }

    @GetMapping("/lessons")
    String library(@ModelAttribute("filter") LessonFilter filter, Paging paging, Viewer viewer, Model model) {
        model.addAttribute("page", queries.lessons(filter, paging, viewer, LessonExports.language()));
        model.addAttribute("sites", organisations.siteOptions());
        model.addAttribute("categories", CATEGORIES);
        model.addAttribute("equipmentTypes", EquipmentType.values());
        model.addAttribute("rootClasses", RootCauseClass.values());
        model.addAttribute("statuses", LessonStatus.values());
        model.addAttribute("seesDrafts", InvestigationAccess.readsAll(viewer));
        return "lesson/list";
    }

    @GetMapping("/lessons/export")
    ResponseEntity<StreamingResponseBody> export(
            @ModelAttribute("filter") LessonFilter filter,
            Paging paging,
            @RequestParam(required = false) String format,
            Viewer viewer) {
        return exports.lessons(format, filter, paging, viewer);
    }

    /** The form that drafts the investigation's card, in the reader's language to begin with. */
    @GetMapping("/investigations/{id}/lesson/new")
    String blank(@PathVariable UUID id, Viewer viewer, Locale locale, Model model) {
        model.addAttribute("form", LessonForm.blank(locale.getLanguage()));
        return drafting(id, viewer, model);
    }

    @PostMapping("/investigations/{id}/lesson")
    String draft(
            @PathVariable UUID id,
            @RequestParam(name = "newId", required = false) UUID newId,
            @Valid @ModelAttribute("form") LessonForm form,
            BindingResult errors,
            Viewer viewer,
            Model model) {
        return Forms.submit(errors, () -> drafting(id, viewer, model), () -> {
            var drafted = desk.draft(id, newId, form.text(), viewer);
            return "redirect:/lessons/" + drafted.record().id();
        });
    }

    private String drafting(UUID id, Viewer viewer, Model model) {
        model.addAttribute("investigation", desk.investigationToWrite(id, viewer));
        model.addAttribute("newId", UUID.randomUUID());
        return "lesson/new";
    }

    /** The investigation page's panel of its card: the card's state and link, or the way to write one. */
    @GetMapping("/investigations/{id}/lesson")
    String panel(@PathVariable UUID id, Viewer viewer, Locale locale, Model model) {
        var investigation = desk.investigation(id, viewer);
        var lesson = desk.ofInvestigation(investigation, viewer);
        model.addAttribute("investigation", investigation);
        model.addAttribute("lesson", lesson.orElse(null));
        model.addAttribute(
                "text", lesson.map(card -> card.textIn(locale.getLanguage())).orElse(null));
        model.addAttribute(
                "canDraft",
                lesson.isEmpty()
                        && !investigation.isVoided()
                        && (investigation.status() == InvestigationStatus.OPEN
                                || investigation.status() == InvestigationStatus.CLOSED)
                        && LessonDesk.canWrite(viewer, investigation));
        return "lesson/panel :: panel";
    }

    @GetMapping("/lessons/{id}")
    String show(
            @PathVariable UUID id,
            @RequestParam(required = false) String language,
            Viewer viewer,
            Locale locale,
            Model model) {
        var lesson = desk.lesson(id, viewer);
        var investigation = desk.investigationOf(lesson, viewer);
        if (!model.containsAttribute("form")) {
            var writing = language != null && List.of("en", "ru").contains(language) ? language : locale.getLanguage();
            model.addAttribute(
                    "form", lesson.text(writing).map(LessonForm::of).orElseGet(() -> LessonForm.blank(writing)));
        }
        model.addAttribute("lesson", lesson);
        model.addAttribute("siteName", plant.site(lesson.siteId()).name());
        model.addAttribute("text", lesson.textIn(locale.getLanguage()));
        model.addAttribute("investigation", investigation.orElse(null));
        model.addAttribute(
                "canWrite",
                !lesson.isVoided() && investigation.isPresent() && LessonDesk.canWrite(viewer, investigation.get()));
        model.addAttribute("canApprove", !lesson.isVoided() && LessonAccess.canApprove(viewer));
        model.addAttribute("canVoid", LessonAccess.canApprove(viewer));
        model.addAttribute("history", desk.history(id, viewer));
        return "lesson/detail";
    }

    @PostMapping("/lessons/{id}/texts")
    String write(
            @PathVariable UUID id,
            Precondition precondition,
            @Valid @ModelAttribute("form") LessonForm form,
            BindingResult errors,
            Viewer viewer,
            Locale locale,
            Model model) {
        return Forms.submit(errors, () -> show(id, form.language(), viewer, locale, model), () -> {
            desk.write(id, precondition, form.text(), viewer);
            return "redirect:/lessons/" + id;
        });
    }

    @PostMapping("/lessons/{id}/submit")
    String submit(@PathVariable UUID id, Precondition precondition, Viewer viewer, RedirectAttributes flash) {
        return step(id, flash, () -> desk.submit(id, precondition, viewer));
    }

    @PostMapping("/lessons/{id}/publish")
    String publish(
            @PathVariable UUID id,
            Precondition precondition,
            @RequestParam(defaultValue = "false") boolean showOnScreens,
            Viewer viewer,
            RedirectAttributes flash) {
        return step(id, flash, () -> desk.publish(id, precondition, showOnScreens, viewer));
    }

    @PostMapping("/lessons/{id}/return")
    String returnToTeam(
            @PathVariable UUID id,
            Precondition precondition,
            @RequestParam(required = false) String comment,
            Viewer viewer,
            RedirectAttributes flash) {
        return step(id, flash, () -> desk.returnWith(id, precondition, comment, viewer));
    }

    @PostMapping("/lessons/{id}/screens")
    String screens(
            @PathVariable UUID id,
            Precondition precondition,
            @RequestParam(defaultValue = "false") boolean shown,
            Viewer viewer,
            RedirectAttributes flash) {
        return step(id, flash, () -> desk.showOnScreens(id, precondition, shown, viewer));
    }

    @PostMapping("/lessons/{id}/void")
    String voidLesson(@PathVariable UUID id, @RequestParam String reason, Viewer viewer, RedirectAttributes flash) {
        return Forms.voiding("/lessons/" + id, flash, () -> desk.voidLesson(id, reason, viewer));
    }

    private static String step(UUID id, RedirectAttributes flash, Runnable step) {
        Forms.stepTaken(flash, "stepRefused", step);
        return "redirect:/lessons/" + id;
    }
}
