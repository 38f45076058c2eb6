package dev.tandem.contractor.web;

import dev.tandem.contractor.ContractorAccess;
import dev.tandem.contractor.prequalification.PolicyRegister;
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

/** The contractor types' pages: each type's required documents, kept by the safety department. */
@Controller
class ContractorTypeController {

    private final PolicyRegister register;
    private final History history;

    ContractorTypeController(PolicyRegister register, History history) {
        this.register = register;
        this.history = history;
    }

    @GetMapping("/contractors/types")
    String list(Viewer viewer, Model model) {
        model.addAttribute("policies", register.policies(viewer));
        model.addAttribute("canDecide", ContractorAccess.canDecide(viewer));
        return "contractor/types";
    }

    @GetMapping("/contractors/types/new")
    String blank(Viewer viewer, Model model) {
        ContractorAccess.requireDecide(viewer);
        model.addAttribute("form", PolicyForm.of(null));
        model.addAttribute("newId", UUID.randomUUID());
        return "contractor/type";
    }

    @PostMapping("/contractors/types")
    String create(
            @RequestParam(required = false) UUID newId,
            @Valid @ModelAttribute("form") PolicyForm form,
            BindingResult errors,
            Viewer viewer,
            Model model) {
        return Forms.submit(
                errors,
                () -> {
                    model.addAttribute("form", form.withBlankRows());
                    model.addAttribute("newId", newId);
                    return "contractor/type";
                },
                () -> "redirect:/contractors/types/"
                        + register.define(newId, form.command(), viewer)
                                .record()
                                .id() + "?saved");
    }

    @GetMapping("/contractors/types/{id}")
    String show(@PathVariable UUID id, Viewer viewer, Model model) {
        var policy = register.policy(id, viewer);
        model.addAttribute("form", PolicyForm.of(policy));
        return editing(id, viewer, model);
    }

    @PostMapping("/contractors/types/{id}")
    String revise(
            @PathVariable UUID id,
            @RequestParam(required = false) Long version,
            @Valid @ModelAttribute("form") PolicyForm form,
            BindingResult errors,
            Viewer viewer,
            Model model) {
        return Forms.submit(
                errors,
                () -> {
                    model.addAttribute("form", form.withBlankRows());
                    return editing(id, viewer, model);
                },
                () -> {
                    register.revise(id, Precondition.version(version), form.command(), viewer);
                    return "redirect:/contractors/types/" + id + "?saved";
                });
    }

    @PostMapping("/contractors/types/{id}/void")
    String voidPolicy(@PathVariable UUID id, @RequestParam String reason, Viewer viewer, RedirectAttributes flash) {
        return Forms.voiding("/contractors/types/" + id, flash, () -> register.voidPolicy(id, reason, viewer));
    }

    private String editing(UUID id, Viewer viewer, Model model) {
        var policy = register.policy(id, viewer);
        model.addAttribute("record", policy);
        model.addAttribute("history", history.of(policy));
        model.addAttribute("canDecide", ContractorAccess.canDecide(viewer));
        return "contractor/type";
    }
}
