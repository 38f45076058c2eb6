package dev.tandem.action;

/** Where an action is: OPEN → IN_PROGRESS → DONE → VERIFIED; a failed verification sends it back to IN_PROGRESS. */
public enum ActionStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    VERIFIED
}
