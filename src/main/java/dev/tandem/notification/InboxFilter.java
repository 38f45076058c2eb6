package dev.tandem.notification;

/**
 * Which of a person's notifications the inbox shows; what is left out (null) does not filter.
 *
 * @param unread only those not acknowledged yet
 * @param kind one kind, such as {@code action.overdue}
 */
public record InboxFilter(Boolean unread, String kind, Severity severity) {

    public static InboxFilter none() {
        return new InboxFilter(null, null, null);
    }
}
