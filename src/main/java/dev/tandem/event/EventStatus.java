package dev.tandem.event;

/** Where a safety event is in its review: REPORTED → UNDER_REVIEW → CLOSED. */
public enum EventStatus {
    REPORTED,
    UNDER_REVIEW,
    CLOSED
}
