package dev.tandem.investigation;

/**
 * Where a lesson card stands: DRAFT while the team writes it, SUBMITTED to the safety department, PUBLISHED to the
 * library, or RETURNED with a comment to be written again and submitted anew.
 */
public enum LessonStatus {
    DRAFT,
    SUBMITTED,
    PUBLISHED,
    RETURNED;

    /** Whether the team may still change its text. */
    boolean writable() {
        return this == DRAFT || this == RETURNED;
    }
}
