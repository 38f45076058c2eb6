package dev.tandem.investigation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An investigation still queued or open after its due date; {@code overdueFrom} is the start of the day after it, on
 * the enterprise's clock.
 */
public record InvestigationOverdue(UUID investigationId, UUID siteId, LocalDate dueDate, Instant overdueFrom) {}
