package dev.tandem.notification.delivery;

import dev.tandem.notification.Notification;
import dev.tandem.notification.NotificationPosted;
import dev.tandem.notification.NotificationPreferences;
import dev.tandem.notification.Severity;
import dev.tandem.organisation.OrganisationDirectory;
import java.time.Duration;
import java.time.Instant;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Queues each posted notification for every channel that takes it: an e-mail to the recipient's address (when
 * e-mail is on and the person has one) and a post to each webhook channel that receives its kind. It runs after the
 * posting transaction commits, from the event publication registry: a failing channel never undoes the notification,
 * and a restart finishes what a crash interrupted, once.
 */
@Component
class DeliveryQueue {

    private final Deliveries deliveries;
    private final Webhooks webhooks;
    private final MailChannel mail;
    private final OrganisationDirectory directory;
    private final NotificationPreferences preferences;
    private final DeliveryProperties properties;

    DeliveryQueue(
            Deliveries deliveries,
            Webhooks webhooks,
            MailChannel mail,
            OrganisationDirectory directory,
            NotificationPreferences preferences,
            DeliveryProperties properties) {
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.mail = mail;
        this.directory = directory;
        this.preferences = preferences;
        this.properties = properties;
    }

    @ApplicationModuleListener
    void on(NotificationPosted posted) {
        queue(posted.notification());
    }

    /** A kind the recipient muted stays in the inbox only; quiet hours are the worker's to keep. */
    void queue(Notification notification) {
        if (preferences.muted(notification.recipientPersonId(), notification.kind(), notification.severity())) {
            return;
        }
        var now = notification.createdAt();
        if (mail.enabled()) {
            directory.personEmail(notification.recipientPersonId()).ifPresent(address -> {
                var digest = notification.severity() == Severity.INFO;
                var due = digest ? digestTime(now, properties.mail().digestInterval()) : now;
                deliveries.queue(notification, Channel.EMAIL, address, digest, due);
            });
        }
        webhooks.receiving(notification.kind())
                .forEach(webhook -> deliveries.queue(
                        notification, Channel.WEBHOOK, webhook.id().toString(), false, now));
    }

    /** The end of the digest period a notification falls in: every INFO e-mail of that period leaves together. */
    static Instant digestTime(Instant at, Duration interval) {
        var length = Math.max(interval.toMillis(), 1);
        var start = Math.floorDiv(at.toEpochMilli(), length) * length;
        return Instant.ofEpochMilli(start + length);
    }
}
