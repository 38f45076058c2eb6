package dev.tandem.notification;

/**
 * A kind of notification: its key (such as {@code action.overdue}), its default severity and the type of record it is
 * about. Its title and text are the messages {@code notification.kind.<key>.title} and {@code .text}. Its ladder stops
 * when a recipient acknowledges a notification of it, or when the record is settled; {@code settledOnlyByItsRecord}
 * leaves only the second, for a kind whose answer is an act on the record itself (a stop of work is acknowledged on
 * the stop, by the manager who takes it on, not by reading the bell).
 */
public record NotificationKind(String key, Severity severity, String recordType, boolean settledOnlyByItsRecord) {

    public NotificationKind(String key, Severity severity, String recordType) {
        this(key, severity, recordType, false);
    }

    public String titleMessage() {
        return "notification.kind." + key + ".title";
    }

    public String textMessage() {
        return "notification.kind." + key + ".text";
    }
}
