package dev.tandem.notification.delivery;

import dev.tandem.notification.Notification;
import dev.tandem.notification.NotificationPreferences;
import dev.tandem.notification.NotificationsPosted;
import dev.tandem.notification.Severity;
import dev.tandem.organisation.OrganisationDirectory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues the posted notifications for every channel that takes it: an e-mail to the recipient's address (when
 * e-mail is on and the person has one) and a post to each webhook channel that receives its kind. It runs in the
 * posting transaction, so notifications are stored with their deliveries or not at all, and a burst is not written
 * twice more into the event publication registry; the channels are tried later by the {@link DeliveryWorker}, so a
 * failing channel never undoes the notification.
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

    @EventListener
    void on(NotificationsPosted posted) {
        queue(posted.notifications());
    }

    /**
     * Queues notifications of one kind, in a few statements however many people they reach. A kind the recipient
     * muted stays in the inbox only; quiet hours are the worker's to keep.
     */
    void queue(List<Notification> notifications) {
        var first = notifications.get(0);
        var people = notifications.stream().map(Notification::recipientPersonId).toList();
        var muted = preferences.mutedAmong(people, first.kind(), first.severity());
        var emails = mail.enabled() ? directory.personEmails(people) : Map.<UUID, String>of();
        var webhooksOfKind = webhooks.receiving(first.kind());
        var queued = new ArrayList<Deliveries.Queued>();
        for (var notification : notifications) {
            if (muted.contains(notification.recipientPersonId())) {
                continue;
            }
            var now = notification.createdAt();
            var address = emails.get(notification.recipientPersonId());
            if (address != null) {
                var digest = notification.severity() == Severity.INFO;
                var due = digest ? digestTime(now, properties.mail().digestInterval()) : now;
                queued.add(new Deliveries.Queued(notification, Channel.EMAIL, address, digest, due));
            }
            webhooksOfKind.forEach(webhook ->
                    queued.add(new Deliveries.Queued(notification, Channel.WEBHOOK, webhook.toString(), false, now)));
        }
        deliveries.queue(queued);
    }

    /** The end of the digest period a notification falls in: every INFO e-mail of that period leaves together. */
    static Instant digestTime(Instant at, Duration interval) {
        var length = Math.max(interval.toMillis(), 1);
        var start = Math.floorDiv(at.toEpochMilli(), length) * length;
        return Instant.ofEpochMilli(start + length);
    }
}
