package dev.tandem.action;

/** Where an action is: OPEN → IN_PROGRESS → DONE → VERIFIED; a failed verification sends it back to IN_PROGRESS. */
public enum ActionStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    VERIFIED;

    /** Whether the work is still to be done, so the action can fall due or be overdue. */
    public boolean isPending() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
