package dev.tandem.training;

/** What proves that a course was passed, beyond the record itself. */
public enum EvidenceKind {
    /** The record is enough. */
    NONE,
    /** A signed attendance (sign-in) sheet. */
    ATTENDANCE,
    /** A certificate or licence with its number. */
    CERTIFICATE,
    /** The protocol of a knowledge check by a commission. */
    KNOWLEDGE_CHECK,
    /** A practical assessment signed by an evaluator. */
    PRACTICAL_ASSESSMENT;

    /** Whether a passed record must name its proof (the number of the sheet, certificate or protocol). */
    public boolean needsReference() {
        return this != NONE;
    }
}
