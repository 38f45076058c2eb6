package dev.tandem.notification.web;

import dev.tandem.notification.NotificationKind;
import dev.tandem.notification.NotificationKinds;
import dev.tandem.notification.delivery.Channel;
import dev.tandem.notification.delivery.DeliveryLog;
import dev.tandem.notification.delivery.DeliveryLog.DeliveryFilter;
import dev.tandem.notification.delivery.DeliveryStatus;
import dev.tandem.notification.delivery.Webhooks;
import dev.tandem.notification.delivery.Webhooks.Webhook;
import dev.tandem.notification.delivery.Webhooks.WebhookSettings;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import java.util.ArrayList;
import java.util.List;
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
 * Administrators' pages of the channels: the deliveries that are failing or waiting (with "try again now"), the
 * webhook channels, and one channel's page where it is changed and its history read. A secret is shown once, on the
 * page that follows making the channel or asking for a new secret.
 */
@Controller
class ChannelPages {

    private final DeliveryLog log;
    private final Webhooks webhooks;

    ChannelPages(DeliveryLog log, Webhooks webhooks) {
        this.log = log;
        this.webhooks = webhooks;
    }

    /** The webhook form: the kinds ticked (none: every kind). */
    record WebhookForm(String name, String url, List<String> kinds, boolean enabled) {

        WebhookForm {
            kinds = kinds == null ? List.of() : kinds;
        }

        static WebhookForm blank() {
            return new WebhookForm("", "https://", List.of(), true);
        }

        static WebhookForm of(Webhook webhook) {
            return new WebhookForm(webhook.name(), webhook.url(), webhook.kinds(), webhook.enabled());
        }

        WebhookSettings settings() {
            return new WebhookSettings(name, url, kinds, enabled);
        }
    }

    /**
     * A kind offered as a box to tick: every kind Tandem makes, and any other key the form holds (a channel made
     * before kinds were checked), shown ticked so that saving it says what is wrong instead of dropping it unseen.
     */
    record KindChoice(String key, NotificationKind kind) {

        static List<KindChoice> of(WebhookForm form) {
            var choices = new ArrayList<KindChoice>();
            NotificationKinds.all().forEach(kind -> choices.add(new KindChoice(kind.key(), kind)));
            form.kinds().stream()
                    .filter(key -> NotificationKinds.of(key).isEmpty())
                    .distinct()
                    .forEach(key -> choices.add(new KindChoice(key, null)));
            return choices;
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
        return list(WebhookForm.blank(), viewer, model);
    }

    @PostMapping("/admin/webhooks")
    String create(
            @ModelAttribute("form") WebhookForm form,
            BindingResult errors,
            Viewer viewer,
            Model model,
            RedirectAttributes flash) {
        return Forms.submit(errors, () -> list(form, viewer, model), () -> {
            var issued = webhooks.create(form.settings(), viewer);
            flash.addFlashAttribute("issued", issued);
            return "redirect:/admin/webhooks/" + issued.webhook().id();
        });
    }

    @GetMapping("/admin/webhooks/{id}")
    String webhook(@PathVariable UUID id, Viewer viewer, Model model) {
        var webhook = webhooks.one(id, viewer);
        return page(webhook, WebhookForm.of(webhook), viewer, model);
    }

    /** Saves a change made on the version the page showed; a change made meanwhile is not overwritten. */
    @PostMapping("/admin/webhooks/{id}")
    String change(
            @PathVariable UUID id,
            @ModelAttribute("form") WebhookForm form,
            BindingResult errors,
            Precondition precondition,
            Viewer viewer,
            Model model) {
        var webhook = webhooks.one(id, viewer);
        return Forms.submit(errors, () -> page(webhook, form, viewer, model), () -> {
            webhooks.change(id, form.settings(), precondition, viewer);
            return "redirect:/admin/webhooks/" + id + "?saved";
        });
    }

    @PostMapping("/admin/webhooks/{id}/enabled")
    String switchTo(@PathVariable UUID id, @RequestParam boolean enabled, Viewer viewer) {
        webhooks.switchTo(id, enabled, viewer);
        return "redirect:/admin/webhooks";
    }

    @PostMapping("/admin/webhooks/{id}/secret")
    String newSecret(@PathVariable UUID id, Viewer viewer, RedirectAttributes flash) {
        flash.addFlashAttribute("issued", webhooks.newSecret(id, viewer));
        return "redirect:/admin/webhooks/" + id;
    }

    private String list(WebhookForm form, Viewer viewer, Model model) {
        model.addAttribute("webhooks", webhooks.all(viewer));
        model.addAttribute("form", form);
        model.addAttribute("kindChoices", KindChoice.of(form));
        return "notifications/webhooks";
    }

    private String page(Webhook webhook, WebhookForm form, Viewer viewer, Model model) {
        model.addAttribute("record", webhook);
        model.addAttribute("form", form);
        model.addAttribute("kindChoices", KindChoice.of(form));
        model.addAttribute("history", webhooks.history(webhook.id(), viewer));
        return "notifications/webhook";
    }
}
