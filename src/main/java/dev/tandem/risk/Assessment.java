package dev.tandem.risk;

import java.time.Instant;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One assessment of a risk, before or after measures, on the matrix version it was made on; never changed afterwards.
 *
 * @param assessedBy the account that assessed it; {@code null} for Tandem itself
 */
@Table("risk_assessment")
public record Assessment(
        AssessmentStage stage,
        UUID matrixId,
        int likelihood,
        int severity,
        Band band,
        String note,
        Instant assessedAt,
        UUID assessedBy,
        String assessedName) {}
