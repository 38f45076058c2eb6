package dev.tandem.meeting.holding;

/** Where an agenda item came from: the other modules' records, or the mentor; an item carried over keeps its own. */
public enum ItemSource {
    OVERDUE_ACTION,
    OPEN_ACTION,
    FINDING,
    EVENT,
    STOP_WORK,
    DOCUMENT,
    /** A site's fatal or extreme risk, on its safety committee's agenda. */
    RISK,
    ADDED
}
