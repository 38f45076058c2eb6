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
    public static final NotificationKind CONTROL_FAILED =
            new NotificationKind("risk.control-failed", Severity.ACTION_NEEDED, RecordTypes.RISK_CONTROL);
    /** A critical control of a fatal risk found not effective: nothing holds a death back until it is restored. */
    public static final NotificationKind FATAL_CONTROL_FAILED =
            new NotificationKind("risk.fatal-control-failed", Severity.CRITICAL, RecordTypes.RISK_CONTROL);

    public static final NotificationKind TRAINING_EXPIRING =
            new NotificationKind("training.expiring", Severity.INFO, RecordTypes.TRAINING_RECORD);
    /** A person's training has expired: they are no longer cleared for the work that requires it. */
    public static final NotificationKind TRAINING_EXPIRED =
            new NotificationKind("training.expired", Severity.ACTION_NEEDED, RecordTypes.TRAINING_RECORD);

    /**
     * Somebody stopped unsafe work: the work waits for an answer, so nothing holds this back, and its ladder climbs
     * until the stop itself is acknowledged: reading the bell is not an answer.
     */
    public static final NotificationKind STOP_RAISED =
            new NotificationKind("stopwork.raised", Severity.CRITICAL, RecordTypes.STOP_WORK, true);
    /** A stop one raised moved on a step: its initiator sees every answer. */
    public static final NotificationKind STOP_ANSWERED =
            new NotificationKind("stopwork.answered", Severity.INFO, RecordTypes.STOP_WORK);
    /** The work one stopped resumed with its cause dealt with: its initiator is thanked. */
    public static final NotificationKind STOP_RESUMED =
            new NotificationKind("stopwork.resumed", Severity.INFO, RecordTypes.STOP_WORK);

    /** A trigger requires an investigation (or suggests one): it waits in the queue for its team. */
    public static final NotificationKind INVESTIGATION_QUEUED =
            new NotificationKind("investigation.queued", Severity.ACTION_NEEDED, RecordTypes.INVESTIGATION);
    /** An investigation still queued or open after its due date: its ladder climbs until it is settled. */
    public static final NotificationKind INVESTIGATION_OVERDUE =
            new NotificationKind("investigation.overdue", Severity.ACTION_NEEDED, RecordTypes.INVESTIGATION, true);

    /** A contractor's required document expires within its policy's warning days. */
    public static final NotificationKind CONTRACTOR_DOCUMENT_EXPIRING =
            new NotificationKind("contractor.document-expiring", Severity.INFO, RecordTypes.CONTRACTOR_DOCUMENT);
    /** A contractor's required document has expired: new engagements are blocked until a valid one is approved. */
    public static final NotificationKind CONTRACTOR_DOCUMENT_EXPIRED = new NotificationKind(
            "contractor.document-expired", Severity.ACTION_NEEDED, RecordTypes.CONTRACTOR_DOCUMENT);

    /** A rotation of an engagement ended without a meeting held: its mentor is told, once. */
    public static final NotificationKind ROTATION_MISSED =
            new NotificationKind("meeting.rotation-missed", Severity.ACTION_NEEDED, RecordTypes.ROTATION);

    /** A meeting one was on the list of attendees of was held: its minutes are ready, in the meeting's language. */
    public static final NotificationKind MEETING_MINUTES =
            new NotificationKind("meeting.minutes", Severity.INFO, RecordTypes.MEETING);

    private static final List<NotificationKind> ALL = List.of(
            ACTION_ASSIGNED,
            ACTION_DUE_SOON,
            ACTION_OVERDUE,
            ACTION_TO_VERIFY,
            EVENT_REPORTED,
            EARLY_WARNING,
            CONTROL_FAILED,
            FATAL_CONTROL_FAILED,
            TRAINING_EXPIRING,
            TRAINING_EXPIRED,
            STOP_RAISED,
            STOP_ANSWERED,
            STOP_RESUMED,
            INVESTIGATION_QUEUED,
            INVESTIGATION_OVERDUE,
            CONTRACTOR_DOCUMENT_EXPIRING,
            CONTRACTOR_DOCUMENT_EXPIRED,
            ROTATION_MISSED,
            MEETING_MINUTES);

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
        public static final String RISK_CONTROL = "risk-control";
        public static final String TRAINING_RECORD = "training-record";
        public static final String STOP_WORK = "stop-work";
        public static final String INVESTIGATION = "investigation";
        public static final String CONTRACTOR_DOCUMENT = "contractor-document";
        public static final String ROTATION = "rotation";
        public static final String MEETING = "meeting";

        private RecordTypes() {}
    }
}
