package dev.tandem.training;

/**
 * Whether the safety department has accepted a record: a contractor's supervisor records their own people's training
 * PENDING_APPROVAL, and it counts only once APPROVED; the safety department's own records are approved as recorded.
 * A RETURNED record waits for its supervisor's correction, which makes it PENDING_APPROVAL again.
 */
public enum ApprovalStatus {
    PENDING_APPROVAL,
    APPROVED,
    RETURNED
}
