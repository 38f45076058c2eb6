package dev.tandem.notification.web;

import dev.tandem.notification.delivery.Channel;
import dev.tandem.notification.delivery.DeliveryLog;
import dev.tandem.notification.delivery.DeliveryLog.DeliveryFilter;
import dev.tandem.notification.delivery.DeliveryStatus;
import dev.tandem.notification.delivery.Webhooks;
import dev.tandem.notification.delivery.Webhooks.WebhookSettings;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators' pages of the channels: the deliveries that are failing or waiting (with "try again now"), and the
 * webhook channels, whose secret is shown once on the page that follows making one or asking for a new one.
 */
@Controller
class ChannelPages {

    private final DeliveryLog log;
    private final Webhooks webhooks;

    ChannelPages(DeliveryLog log, Webhooks webhooks) {
        this.log = log;
        this.webhooks = webhooks;
    }

    /** The webhook form: kinds as one comma-separated line. */
    record WebhookForm(String name, String url, String kinds, boolean enabled) {
        static WebhookForm blank() {
            return new WebhookForm("", "https://", "", true);
        }

        WebhookSettings settings() {
            var listed = kinds == null ? List.<String>of() : Arrays.asList(kinds.split("[,\\s]+"));
            return new WebhookSettings(name, url, listed, enabled);
        }
    }

    @GetMapping("/admin/deliveries")
    String deliveries(@ModelAttribute("filter") DeliveryFilter filter, Paging paging, Viewer viewer, Model model) {
        model.addAttribute("page", log.page(filter, paging, viewer));
        model.addAttribute("backlog", log.backlog(viewer));
        model.addAttribute("statuses", DeliveryStatus.values());
        model.addAttribute("channels", Channel.values());
        return "notifications/deliveries";
    }

    @PostMapping("/admin/deliveries/{id}/retry")
    String retry(@PathVariable UUID id, Viewer viewer) {
        log.retryNow(id, viewer);
        return "redirect:/admin/deliveries?retried";
    }

    @GetMapping("/admin/webhooks")
    String webhooks(Viewer viewer, Model model) {
        model.addAttribute("webhooks", webhooks.all(viewer));
        model.addAttribute("form", WebhookForm.blank());
        return "notifications/webhooks";
    }

    @PostMapping("/admin/webhooks")
    String create(
            @ModelAttribute("form") WebhookForm form,
            BindingResult errors,
            Viewer viewer,
            Model model,
            RedirectAttributes flash) {
        return Forms.submit(
                errors,
                () -> {
                    model.addAttribute("webhooks", webhooks.all(viewer));
                    return "notifications/webhooks";
                },
                () -> {
                    flash.addFlashAttribute("issued", webhooks.create(form.settings(), viewer));
                    return "redirect:/admin/webhooks";
                });
    }

    /** Switches a channel on or off; its other settings change through the API. */
    @PostMapping("/admin/webhooks/{id}")
    String change(@PathVariable UUID id, WebhookForm form, Viewer viewer) {
        var current = webhooks.one(id, viewer);
        var settings = new WebhookSettings(current.name(), current.url(), current.kinds(), form.enabled());
        webhooks.change(id, settings, viewer);
        return "redirect:/admin/webhooks";
    }

    @PostMapping("/admin/webhooks/{id}/secret")
    String newSecret(@PathVariable UUID id, Viewer viewer, RedirectAttributes flash) {
        flash.addFlashAttribute("issued", webhooks.newSecret(id, viewer));
        return "redirect:/admin/webhooks";
    }
}
