package dev.tandem.investigation;

/** What an investigation looks into: a safety event (incident, near miss, early warning) or a machine's downtime. */
public enum RecordKind {
    EVENT,
    DOWNTIME
}
