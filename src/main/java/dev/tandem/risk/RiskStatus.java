package dev.tandem.risk;

/**
 * Where a risk stands: IDENTIFIED, then ASSESSED on the matrix; MITIGATED or ELIMINATED only by a residual assessment
 * after verified measures; or ACCEPTED by a director with a written justification.
 */
public enum RiskStatus {
    IDENTIFIED,
    ASSESSED,
    MITIGATED,
    ELIMINATED,
    ACCEPTED
}
