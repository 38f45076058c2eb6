package dev.tandem.audit;

/** Where an inspection stands: due by a schedule and not begun, answered in part, or completed with its score. */
public enum InspectionStatus {
    DUE,
    IN_PROGRESS,
    COMPLETED
}
