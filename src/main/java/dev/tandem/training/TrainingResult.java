package dev.tandem.training;

/** How a course ended for the person: only a pass makes them competent. */
public enum TrainingResult {
    PASSED,
    FAILED
}
