package dev.tandem.notification.web;

import dev.tandem.notification.delivery.DeliveryLog;
import dev.tandem.notification.delivery.DeliveryLog.DeliveryFilter;
import dev.tandem.notification.delivery.DeliveryLog.DeliveryRow;
import dev.tandem.notification.delivery.Webhooks;
import dev.tandem.notification.delivery.Webhooks.IssuedWebhook;
import dev.tandem.notification.delivery.Webhooks.Webhook;
import dev.tandem.notification.delivery.Webhooks.WebhookSettings;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Webhook channels and the delivery log, for the plant's administrators. */
@RestController
@RequestMapping("/api/v1")
class ChannelApi {

    private final Webhooks webhooks;
    private final DeliveryLog log;

    ChannelApi(Webhooks webhooks, DeliveryLog log) {
        this.webhooks = webhooks;
        this.log = log;
    }

    /**
     * A webhook channel: its name, the URL it posts to (http or https, no credentials), the notification kinds it
     * receives (none: all) and whether it is on (on unless said otherwise).
     */
    record WebhookRequest(String name, String url, List<String> kinds, Boolean enabled) {
        WebhookSettings settings() {
            return new WebhookSettings(name, url, kinds, enabled == null || enabled);
        }
    }

    @GetMapping("/webhooks")
    List<Webhook> webhooks(Viewer viewer) {
        return webhooks.all(viewer);
    }

    /** Makes a channel; the answer carries its signing secret, which is never shown again. */
    @PostMapping("/webhooks")
    ResponseEntity<IssuedWebhook> create(@RequestBody WebhookRequest request, Viewer viewer) {
        var issued = webhooks.create(request.settings(), viewer);
        return ResponseEntity.created(
                        URI.create("/api/v1/webhooks/" + issued.webhook().id()))
                .body(issued);
    }

    @GetMapping("/webhooks/{id}")
    Webhook webhook(@PathVariable UUID id, Viewer viewer) {
        return webhooks.one(id, viewer);
    }

    @PutMapping("/webhooks/{id}")
    Webhook change(@PathVariable UUID id, @RequestBody WebhookRequest request, Viewer viewer) {
        return webhooks.change(id, request.settings(), viewer);
    }

    /** A new signing secret, shown once; the old one stops working at once. */
    @PostMapping("/webhooks/{id}/secret")
    IssuedWebhook newSecret(@PathVariable UUID id, Viewer viewer) {
        return webhooks.newSecret(id, viewer);
    }

    /** Deliveries by e-mail and webhook, those not sent unless a status is asked for. */
    @GetMapping("/deliveries")
    Page<DeliveryRow> deliveries(DeliveryFilter filter, Paging paging, Viewer viewer) {
        return log.page(filter, paging, viewer);
    }

    @PostMapping("/deliveries/{id}/retry")
    ResponseEntity<Void> retry(@PathVariable UUID id, Viewer viewer) {
        log.retryNow(id, viewer);
        return ResponseEntity.noContent().build();
    }
}
