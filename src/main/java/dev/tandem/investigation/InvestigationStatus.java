package dev.tandem.investigation;

/**
 * Where an investigation stands: QUEUED when a trigger asked for it and nobody has named its team yet, OPEN while the
 * team works, CLOSED when done; a suggested one nobody takes up is DECLINED with a reason.
 */
public enum InvestigationStatus {
    QUEUED,
    OPEN,
    CLOSED,
    DECLINED;

    /** Still to be done: it counts towards the queue and may fall overdue. */
    public boolean active() {
        return this == QUEUED || this == OPEN;
    }
}
