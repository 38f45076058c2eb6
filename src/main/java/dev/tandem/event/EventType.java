package dev.tandem.event;

/** What kind of safety event was reported. */
public enum EventType {
    INCIDENT,
    NEAR_MISS,
    /** An unsafe condition. */
    HAZARD,
    /** A rule broken by an organisation or a person; the safety department may mark it deliberate. */
    VIOLATION,
    IMPROVEMENT_PROPOSAL,
    /** Raised by a signal detector, not by a person. */
    EARLY_WARNING;

    /** The types a person reports from the field form. */
    public static final java.util.List<EventType> REPORTED_BY_PEOPLE =
            java.util.List.of(HAZARD, NEAR_MISS, INCIDENT, VIOLATION, IMPROVEMENT_PROPOSAL);
}
