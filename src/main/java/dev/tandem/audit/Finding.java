package dev.tandem.audit;

import dev.tandem.history.KeptOutOfHistory;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.modulith.NamedInterface;

/**
 * A failed item of an inspection and the corrective action raised on it (source INSPECTION in the action module).
 *
 * @param question the name of the question that failed
 */
@Table("audit_inspection_finding")
@NamedInterface("inspections")
public record Finding(
        String question,
        String note,
        @KeptOutOfHistory("named from the inspection and the question; the action keeps its own history") UUID actionId,
        @KeptOutOfHistory("the time of the history's entry that records the finding") Instant raisedAt) {}
