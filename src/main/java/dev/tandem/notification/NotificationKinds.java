package dev.tandem.notification;

import java.util.List;
import java.util.Optional;

/** Every kind of notification Tandem makes, with the record each is about. */
public final class NotificationKinds {

    public static final NotificationKind ACTION_ASSIGNED =
            new NotificationKind("action.assigned", Severity.ACTION_NEEDED, RecordTypes.ACTION);
    public static final NotificationKind ACTION_DUE_SOON =
            new NotificationKind("action.due-soon", Severity.INFO, RecordTypes.ACTION);
    public static final NotificationKind ACTION_OVERDUE =
            new NotificationKind("action.overdue", Severity.ACTION_NEEDED, RecordTypes.ACTION);
    public static final NotificationKind ACTION_TO_VERIFY =
            new NotificationKind("action.to-verify", Severity.ACTION_NEEDED, RecordTypes.ACTION);
    public static final NotificationKind EVENT_REPORTED =
            new NotificationKind("event.reported", Severity.INFO, RecordTypes.EVENT);
    public static final NotificationKind EARLY_WARNING =
            new NotificationKind("event.early-warning", Severity.ACTION_NEEDED, RecordTypes.EVENT);

    private static final List<NotificationKind> ALL =
            List.of(ACTION_ASSIGNED, ACTION_DUE_SOON, ACTION_OVERDUE, ACTION_TO_VERIFY, EVENT_REPORTED, EARLY_WARNING);

    private NotificationKinds() {}

    public static List<NotificationKind> all() {
        return ALL;
    }

    public static Optional<NotificationKind> of(String key) {
        return ALL.stream().filter(kind -> kind.key().equals(key)).findFirst();
    }

    /** The types of record notifications are about, as {@link RecordLink#type()} names them. */
    public static final class RecordTypes {
        public static final String ACTION = "action";
        public static final String EVENT = "event";

        private RecordTypes() {}
    }
}
