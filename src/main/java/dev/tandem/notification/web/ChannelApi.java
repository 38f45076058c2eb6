package dev.tandem.notification.web;

import dev.tandem.history.HistoryEntry;
import dev.tandem.notification.delivery.DeliveryLog;
import dev.tandem.notification.delivery.DeliveryLog.DeliveryFilter;
import dev.tandem.notification.delivery.DeliveryLog.DeliveryRow;
import dev.tandem.notification.delivery.Webhooks;
import dev.tandem.notification.delivery.Webhooks.IssuedWebhook;
import dev.tandem.notification.delivery.Webhooks.Webhook;
import dev.tandem.notification.delivery.Webhooks.WebhookSettings;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Versions;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
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
     * receives (keys such as {@code action.overdue}; none: all) and whether it is on (a new channel is on unless said
     * otherwise; a change leaves it as it is unless said).
     */
    record WebhookRequest(String name, String url, List<String> kinds, Boolean enabled) {
        WebhookSettings settings(BooleanSupplier unlessSaid) {
            return new WebhookSettings(name, url, kinds, enabled == null ? unlessSaid.getAsBoolean() : enabled);
        }
    }

    @GetMapping("/webhooks")
    List<Webhook> webhooks(Viewer viewer) {
        return webhooks.all(viewer);
    }

    /** Makes a channel; the answer carries its signing secret, which is never shown again. */
    @PostMapping("/webhooks")
    ResponseEntity<IssuedWebhook> create(@RequestBody WebhookRequest request, Viewer viewer) {
        var issued = webhooks.create(request.settings(() -> true), viewer);
        return ResponseEntity.created(
                        URI.create("/api/v1/webhooks/" + issued.webhook().id()))
                .eTag("\"" + issued.webhook().version() + "\"")
                .body(issued);
    }

    @GetMapping("/webhooks/{id}")
    ResponseEntity<Webhook> webhook(@PathVariable UUID id, Viewer viewer) {
        var webhook = webhooks.one(id, viewer);
        return Versions.tagged(webhook.version(), webhook);
    }

    /** Changes a channel's name, address, kinds and state, on the version sent in If-Match; its secret stays. */
    @PutMapping("/webhooks/{id}")
    ResponseEntity<Webhook> change(
            @PathVariable UUID id, Precondition precondition, @RequestBody WebhookRequest request, Viewer viewer) {
        var settings = request.settings(() -> webhooks.one(id, viewer).enabled());
        var changed = webhooks.change(id, settings, precondition, viewer);
        return Versions.tagged(changed.version(), changed);
    }

    /** A new signing secret, shown once; the old one stops working at once. */
    @PostMapping("/webhooks/{id}/secret")
    ResponseEntity<IssuedWebhook> newSecret(@PathVariable UUID id, Viewer viewer) {
        var issued = webhooks.newSecret(id, viewer);
        return Versions.tagged(issued.webhook().version(), issued);
    }

    /** Every change to the channel, oldest first: a new secret shows by when it was issued, never by its value. */
    @GetMapping("/webhooks/{id}/history")
    List<HistoryEntry> history(@PathVariable UUID id, Viewer viewer) {
        return webhooks.history(id, viewer);
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
