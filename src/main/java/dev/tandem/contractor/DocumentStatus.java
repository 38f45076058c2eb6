package dev.tandem.contractor;

/** Where a contractor's document stands with the safety department: it counts once APPROVED. */
public enum DocumentStatus {
    SUBMITTED,
    APPROVED,
    RETURNED
}
