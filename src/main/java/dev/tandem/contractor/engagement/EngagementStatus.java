package dev.tandem.contractor.engagement;

/** Where an engagement stands: being agreed, under way, or done. */
public enum EngagementStatus {
    /** Agreed on paper: its risk review is being made and signed. */
    PLANNED,
    /** Work under way: it had its mentor, its signed risk review and the contractor's required documents. */
    ACTIVE,
    CLOSED
}
