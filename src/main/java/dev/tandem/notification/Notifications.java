package dev.tandem.notification;

import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Viewer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way to notify: an announcement becomes one notification per recipient, in their language, stored with
 * {@link NotificationsPosted} in the same transaction, and rings the bell of every open page of theirs on every node.
 */
@Service
@Transactional
public class Notifications {

    private final NotifiedRecords records;
    private final Recipients recipients;
    private final NotificationRules rules;
    private final NotificationTexts texts;
    private final RecipientLanguages languages;
    private final NotificationStore store;
    private final Bell bell;
    // notifications are rows stored by SQL, one per recipient at once, not aggregates saved through a repository
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    Notifications(
            NotifiedRecords records,
            Recipients recipients,
            NotificationRules rules,
            NotificationTexts texts,
            RecipientLanguages languages,
            NotificationStore store,
            Bell bell,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.records = records;
        this.recipients = recipients;
        this.rules = rules;
        this.texts = texts;
        this.languages = languages;
        this.store = store;
        this.bell = bell;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Tells the roles the rules name for the kind at the record's site; returns what was stored anew. */
    public List<Notification> post(Announcement announcement) {
        return records.subject(announcement.record())
                .map(subject -> post(announcement, subject))
                .orElse(List.of());
    }

    /** Tells the roles the rules name about a record its announcer has read already: it is not read again. */
    List<Notification> post(Announcement announcement, Subject subject) {
        return post(announcement, subject, rules.roles(announcement.kind(), subject.siteId()));
    }

    /** Tells the holders of these roles relative to the record (an escalation step names its own). */
    public List<Notification> post(Announcement announcement, Collection<RecipientRole> roles) {
        return records.subject(announcement.record())
                .map(subject -> post(announcement, subject, roles))
                .orElse(List.of());
    }

    private List<Notification> post(Announcement announcement, Subject subject, Collection<RecipientRole> roles) {
        var kind = NotificationKinds.of(announcement.kind())
                .orElseThrow(() -> new IllegalArgumentException("Unknown kind: " + announcement.kind()));
        var people = recipients.viewers(roles, subject).keySet();
        var languageOf = languages.of(people);
        var textIn = texts.of(kind, announcement.arguments(), languageOf.values());
        var now = Instant.now(clock);
        var made = new ArrayList<Notification>(people.size());
        for (var person : people) {
            var text = textIn.get(languageOf.get(person));
            made.add(new Notification(
                    idOf(announcement, person),
                    kind.key(),
                    kind.severity(),
                    person,
                    subject.link(),
                    text.language(),
                    text.title(),
                    text.text(),
                    now));
        }
        var stored = store.storeNew(made, announcement.occasion(), announcement.arguments());
        if (!stored.isEmpty()) {
            publisher.publishEvent(new NotificationsPosted(stored));
        }
        bell.ring(stored.stream().map(Notification::recipientPersonId).toList());
        return stored;
    }

    /** The recipient (the viewer's person) acknowledges it; answers "not found" to anyone else. */
    public Notification acknowledge(UUID notificationId, Viewer viewer) {
        return acknowledge(notificationId, viewer.personId());
    }

    /** The recipient acknowledges it, signed in or through a signed link; acknowledging again changes nothing. */
    public Notification acknowledge(UUID notificationId, UUID byPersonId) {
        var notification = store.find(notificationId)
                .filter(found -> found.recipientPersonId().equals(byPersonId))
                .orElseThrow(() -> new NotFoundException("Notification", notificationId));
        var now = Instant.now(clock);
        if (store.acknowledge(notificationId, byPersonId, now)) {
            publisher.publishEvent(new NotificationAcknowledged(
                    notificationId, notification.kind(), notification.record(), byPersonId, now));
            bell.ring(List.of(byPersonId));
        }
        return notification;
    }

    /**
     * The viewer acknowledges all their unread notifications that the filter keeps, each as if one by one (their
     * escalations stop); nobody else's are touched.
     *
     * @return how many were acknowledged
     */
    public int acknowledgeAll(InboxFilter filter, Viewer viewer) {
        if (viewer.personId() == null) {
            return 0;
        }
        var now = Instant.now(clock);
        var acknowledged = store.acknowledgeAll(viewer.personId(), filter, now);
        acknowledged.forEach(notification -> publisher.publishEvent(new NotificationAcknowledged(
                notification.id(), notification.kind(), notification.record(), viewer.personId(), now)));
        if (!acknowledged.isEmpty()) {
            bell.ring(List.of(viewer.personId()));
        }
        return acknowledged.size();
    }

    /** A stored notification, for the channels that deliver it. */
    @Transactional(readOnly = true)
    public Optional<Notification> notification(UUID id) {
        return store.find(id);
    }

    /** The same announcement to the same person is one notification, however often it is made. */
    private static UUID idOf(Announcement announcement, UUID person) {
        var key = String.join(
                "\n",
                announcement.kind(),
                announcement.record().type(),
                announcement.record().id().toString(),
                announcement.occasion(),
                person.toString());
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }
}
