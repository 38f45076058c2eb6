package dev.tandem.notification;

import java.util.List;

/**
 * The notifications one announcement made, one per recipient, all of the same kind and record: published once, so
 * that a burst reaching thousands of people writes one publication per listener, not one per person.
 */
public record NotificationsPosted(List<Notification> notifications) {

    public NotificationsPosted {
        if (notifications.isEmpty()) {
            throw new IllegalArgumentException("An announcement that reached nobody posts nothing");
        }
        notifications = List.copyOf(notifications);
    }

    /** The first of them: the kind, record and time every one of them shares. */
    public Notification first() {
        return notifications.get(0);
    }
}
