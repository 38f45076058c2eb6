package dev.tandem.notification.web;

import dev.tandem.notification.EscalationLadder;
import dev.tandem.notification.Ladders;
import dev.tandem.notification.NotificationKind;
import dev.tandem.notification.NotificationKinds;
import dev.tandem.notification.RecipientRole;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The escalation ladders of every kind, and one kind's ladder with its history, for the safety department. */
@Controller
class LadderController {

    private final Ladders ladders;

    LadderController(Ladders ladders) {
        this.ladders = ladders;
    }

    @ModelAttribute("roles")
    RecipientRole[] roles() {
        return RecipientRole.values();
    }

    @ModelAttribute("units")
    LadderForm.Unit[] units() {
        return LadderForm.Unit.values();
    }

    @GetMapping("/notifications/ladders")
    String list(Viewer viewer, Model model) {
        var byKind = new LinkedHashMap<String, EscalationLadder>();
        ladders.all(viewer).forEach(ladder -> byKind.put(ladder.kind(), ladder));
        Map<NotificationKind, List<LadderForm.StepRow>> rows = new LinkedHashMap<>();
        for (var kind : NotificationKinds.all()) {
            var ladder = byKind.get(kind.key());
            rows.put(
                    kind,
                    ladder == null
                            ? List.of()
                            : ladder.steps().stream()
                                    .map(LadderForm.StepRow::of)
                                    .toList());
        }
        model.addAttribute("ladders", rows);
        return "notifications/ladders";
    }

    @GetMapping("/notifications/ladders/{kind}")
    String show(@PathVariable String kind, Viewer viewer, Model model) {
        var ladder = ladders.ladder(kind, viewer).orElse(null);
        model.addAttribute("form", LadderForm.of(ladder));
        return page(kind, ladder, viewer, model);
    }

    @PostMapping("/notifications/ladders/{kind}")
    String change(
            @PathVariable String kind,
            @Valid @ModelAttribute("form") LadderForm form,
            BindingResult errors,
            Precondition precondition,
            Viewer viewer,
            Model model) {
        var ladder = ladders.ladder(kind, viewer).orElse(null);
        return Forms.submit(
                errors,
                () -> {
                    return page(kind, ladder, viewer, model);
                },
                () -> {
                    ladders.change(kind, form.command(), precondition, viewer);
                    return "redirect:/notifications/ladders/" + kind + "?saved";
                });
    }

    private String page(String kind, EscalationLadder ladder, Viewer viewer, Model model) {
        model.addAttribute(
                "kind", NotificationKinds.of(kind).orElseThrow(() -> new NotFoundException("Notification kind", kind)));
        model.addAttribute("record", ladder);
        model.addAttribute("history", ladder == null ? List.of() : ladders.history(ladder, viewer));
        return "notifications/ladder";
    }
}
