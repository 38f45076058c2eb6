package dev.tandem.contractor.web;

import dev.tandem.contractor.ContractorAccess;
import dev.tandem.contractor.onboarding.DefineStep;
import dev.tandem.contractor.onboarding.OnboardingDesk;
import dev.tandem.contractor.onboarding.OnboardingFigures;
import dev.tandem.contractor.onboarding.StepKind;
import dev.tandem.contractor.prequalification.ContractorRegister;
import dev.tandem.history.History;
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

/**
 * The onboarding's pages: the programme, every contractor's progress and the share integrated within 30 days with
 * how it was counted; a programme step's form; and one contractor's onboarding, its steps ticked there.
 */
@Controller
class OnboardingController {

    private static final String STEP = "contractor/onboarding-step";

    private final OnboardingDesk desk;
    private final OnboardingFigures figures;
    private final ContractorRegister contractors;
    private final History history;

    OnboardingController(
            OnboardingDesk desk, OnboardingFigures figures, ContractorRegister contractors, History history) {
        this.desk = desk;
        this.figures = figures;
        this.contractors = contractors;
        this.history = history;
    }

    @GetMapping("/contractors/onboarding")
    String overview(Viewer viewer, Model model) {
        model.addAttribute("steps", desk.programme(viewer));
        model.addAttribute("progress", figures.progress(viewer));
        model.addAttribute("integration", viewer.contractor() ? null : figures.integration(viewer));
        model.addAttribute("months", OnboardingFigures.MONTHS);
        model.addAttribute("canDecide", ContractorAccess.canDecide(viewer));
        return "contractor/onboarding";
    }

    @GetMapping("/contractors/onboarding/steps/new")
    String blank(Viewer viewer, Model model) {
        ContractorAccess.requireDecide(viewer);
        model.addAttribute("form", new DefineStep(UUID.randomUUID(), StepKind.OTHER, "", 30));
        return editing(null, viewer, model);
    }

    @PostMapping("/contractors/onboarding/steps")
    String define(@Valid @ModelAttribute("form") DefineStep form, BindingResult errors, Viewer viewer, Model model) {
        return Forms.submit(errors, () -> editing(null, viewer, model), () -> {
            desk.defineStep(form, viewer);
            return "redirect:/contractors/onboarding";
        });
    }

    @GetMapping("/contractors/onboarding/steps/{id}")
    String show(@PathVariable UUID id, Viewer viewer, Model model) {
        var step = desk.step(id, viewer);
        model.addAttribute("form", new DefineStep(null, step.kind(), step.title(), step.dueDay()));
        return editing(id, viewer, model);
    }

    @PostMapping("/contractors/onboarding/steps/{id}")
    String revise(
            @PathVariable UUID id,
            @RequestParam(required = false) Long version,
            @Valid @ModelAttribute("form") DefineStep form,
            BindingResult errors,
            Viewer viewer,
            Model model) {
        return Forms.submit(errors, () -> editing(id, viewer, model), () -> {
            desk.reviseStep(id, Precondition.version(version), form, viewer);
            return "redirect:/contractors/onboarding/steps/" + id + "?saved";
        });
    }

    @PostMapping("/contractors/onboarding/steps/{id}/void")
    String retire(@PathVariable UUID id, @RequestParam String reason, Viewer viewer, RedirectAttributes flash) {
        return Forms.voiding("/contractors/onboarding/steps/" + id, flash, () -> desk.retireStep(id, reason, viewer));
    }

    @GetMapping("/contractors/{id}/onboarding")
    String contractor(@PathVariable UUID id, Viewer viewer, Model model) {
        var onboarding = desk.onboardingOf(id, viewer);
        model.addAttribute("contractor", contractors.contractor(id, viewer));
        model.addAttribute("onboarding", onboarding.orElse(null));
        model.addAttribute("canTick", desk.canTick(id, viewer));
        model.addAttribute("history", onboarding.map(history::of).orElse(java.util.List.of()));
        return "contractor/contractor-onboarding";
    }

    /** Ticks a step by hand; a refusal comes back above the steps. */
    @PostMapping("/contractors/{id}/onboarding/steps/{stepId}/tick")
    String tick(
            @PathVariable UUID id,
            @PathVariable UUID stepId,
            @RequestParam(required = false) Long version,
            Viewer viewer,
            RedirectAttributes flash) {
        Forms.stepTaken(flash, "refused", () -> desk.tick(id, stepId, Precondition.version(version), viewer));
        return "redirect:/contractors/" + id + "/onboarding";
    }

    private String editing(UUID id, Viewer viewer, Model model) {
        ContractorAccess.requireDecide(viewer);
        var record = id == null ? null : desk.step(id, viewer);
        model.addAttribute("record", record);
        model.addAttribute("kinds", StepKind.values());
        model.addAttribute("history", record == null ? java.util.List.of() : history.of(record));
        model.addAttribute("canDecide", true);
        return STEP;
    }
}
