package dev.tandem.risk;

/** Before measures (the risk as it is) or after verified compensating measures (what is left). */
public enum AssessmentStage {
    INHERENT,
    RESIDUAL
}
