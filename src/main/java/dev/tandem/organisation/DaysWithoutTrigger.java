package dev.tandem.organisation;

/** Which injuries reset the "days without" counters of an enterprise. */
public enum DaysWithoutTrigger {
    FATALITY,
    LTI,
    RECORDABLE,
    ANY_INJURY
}
