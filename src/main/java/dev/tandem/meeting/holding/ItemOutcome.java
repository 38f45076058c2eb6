package dev.tandem.meeting.holding;

/** What became of an agenda item: discussed, or carried over to the next meeting. */
public enum ItemOutcome {
    DISCUSSED,
    CARRIED_OVER
}
