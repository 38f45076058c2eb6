package dev.tandem.notification.web;

import dev.tandem.notification.NotificationKinds;
import dev.tandem.notification.NotificationPreferences;
import dev.tandem.notification.Severity;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * One's own notification preferences: which INFO kinds to mute and the quiet hours. Kinds that need action are
 * listed as always delivered, so nobody can hold back what is critical.
 */
@Controller
class PreferencesController {

    private final NotificationPreferences preferences;

    PreferencesController(NotificationPreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping("/notifications/preferences")
    String show(Viewer viewer, Model model) {
        model.addAttribute("form", PreferencesForm.of(preferences.of(viewer)));
        return page(viewer, model);
    }

    @PostMapping("/notifications/preferences")
    String change(
            @Valid @ModelAttribute("form") PreferencesForm form,
            BindingResult errors,
            Precondition precondition,
            Viewer viewer,
            Model model) {
        return Forms.submit(errors, () -> page(viewer, model), () -> {
            preferences.change(form.command(), precondition, viewer);
            return "redirect:/notifications/preferences?saved";
        });
    }

    private String page(Viewer viewer, Model model) {
        model.addAttribute("record", preferences.of(viewer));
        model.addAttribute(
                "mutable",
                NotificationKinds.all().stream()
                        .filter(kind -> kind.severity() == Severity.INFO)
                        .toList());
        model.addAttribute(
                "alwaysDelivered",
                NotificationKinds.all().stream()
                        .filter(kind -> kind.severity() != Severity.INFO)
                        .toList());
        return "notifications/preferences";
    }
}
