package dev.tandem.contractor.prequalification;

/** Where a contractor's safety questionnaire stands with the safety department. */
public enum QuestionnaireStatus {
    /** Not answered yet. */
    DRAFT,
    /** Answered, waiting for the safety department. */
    SUBMITTED,
    APPROVED,
    /** Sent back with comments, to be answered again. */
    RETURNED
}
