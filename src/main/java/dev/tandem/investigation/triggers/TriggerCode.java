package dev.tandem.investigation.triggers;

/**
 * What asks for an investigation: an injury class or the SIF potential of a safety event, or how a machine's downtime
 * went (longer than a number of hours, or the same reason a number of times within a number of days).
 */
public enum TriggerCode {
    FATALITY,
    LOST_TIME,
    SIF_POTENTIAL,
    LONG_DOWNTIME,
    REPEATED_DOWNTIME;

    /** Whether the trigger is about a machine's downtime rather than a safety event. */
    public boolean aboutDowntime() {
        return this == LONG_DOWNTIME || this == REPEATED_DOWNTIME;
    }
}
