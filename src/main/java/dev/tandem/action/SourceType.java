package dev.tandem.action;

/** What kind of record an action was raised from; an audit of a contractor is an inspection of its kind. */
public enum SourceType {
    EVENT,
    MEETING,
    RISK,
    INVESTIGATION,
    STOP_WORK,
    INSPECTION,
    /** Raised on its own, with no record behind it. */
    OTHER
}
