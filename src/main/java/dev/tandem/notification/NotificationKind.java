package dev.tandem.notification;

/**
 * A kind of notification: its key (such as {@code action.overdue}), its default severity and the type of record it is
 * about. Its title and text are the messages {@code notification.kind.<key>.title} and {@code .text}.
 */
public record NotificationKind(String key, Severity severity, String recordType) {

    public String titleMessage() {
        return "notification.kind." + key + ".title";
    }

    public String textMessage() {
        return "notification.kind." + key + ".text";
    }
}
