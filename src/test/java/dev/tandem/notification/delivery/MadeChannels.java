package dev.tandem.notification.delivery;

import dev.tandem.notification.delivery.Webhooks.IssuedWebhook;
import dev.tandem.notification.delivery.Webhooks.WebhookSettings;
import dev.tandem.shared.Viewer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The webhook channels one test makes, switched off when it ends: channels receive real kinds of notification, so a
 * channel left on would take the notifications of every test that runs after it.
 */
final class MadeChannels {

    private final Webhooks webhooks;
    private final Viewer admin;
    private final List<UUID> made = new ArrayList<>();

    MadeChannels(Webhooks webhooks, Viewer admin) {
        this.webhooks = webhooks;
        this.admin = admin;
    }

    /** A channel that is on, receiving the kinds (none: all). */
    IssuedWebhook make(String name, String url, List<String> kinds) {
        var issued = webhooks.create(new WebhookSettings(name, url, kinds, true), admin);
        made.add(issued.webhook().id());
        return issued;
    }

    /** A channel the test made another way (through the API or a page). */
    UUID keep(UUID id) {
        made.add(id);
        return id;
    }

    void switchOff() {
        made.forEach(id -> webhooks.switchTo(id, false, admin));
        made.clear();
    }
}
