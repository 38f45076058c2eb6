package dev.tandem.event.outcome;

/** How a closed early warning turned out, as far as the detectors need to know for tuning. */
public enum EventOutcome {
    /** Nothing was wrong with the equipment: the warning is kept and counted against its detector. */
    FALSE_ALARM
}
