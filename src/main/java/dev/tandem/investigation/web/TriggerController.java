package dev.tandem.investigation.web;

import dev.tandem.investigation.triggers.DefineTrigger;
import dev.tandem.investigation.triggers.TriggerCode;
import dev.tandem.investigation.triggers.TriggerRules;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page of the triggers: every rule in view of the owner's managers, editable by the safety department. */
@Controller
class TriggerController {

    private final TriggerRules rules;

    TriggerController(TriggerRules rules) {
        this.rules = rules;
    }

    @GetMapping("/investigations/triggers")
    String show(Viewer viewer, Model model) {
        model.addAttribute("triggers", rules.all(viewer));
        model.addAttribute("canEdit", TriggerRules.canEdit(viewer));
        return "investigation/triggers";
    }

    @PostMapping("/investigations/triggers/{code}")
    String define(
            @PathVariable TriggerCode code,
            Precondition precondition,
            @RequestParam(defaultValue = "false") boolean inForce,
            @RequestParam(defaultValue = "false") boolean required,
            @RequestParam(required = false) Integer hours,
            @RequestParam(required = false) Integer repeats,
            @RequestParam(required = false) Integer withinDays,
            @RequestParam(required = false) Integer dueDays,
            Viewer viewer,
            RedirectAttributes flash) {
        var saved = Forms.stepTaken(
                flash,
                "stepRefused",
                () -> rules.define(
                        code,
                        precondition,
                        new DefineTrigger(inForce, required, hours, repeats, withinDays, dueDays),
                        viewer));
        return saved ? "redirect:/investigations/triggers?saved" : "redirect:/investigations/triggers";
    }
}
