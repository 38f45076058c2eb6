package dev.tandem.action;

/** What kind of record an action was raised from. */
public enum SourceType {
    EVENT,
    AUDIT,
    MEETING,
    RISK,
    INVESTIGATION,
    STOP_WORK,
    INSPECTION,
    /** Raised on its own, with no record behind it. */
    OTHER
}
