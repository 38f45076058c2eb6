package dev.tandem.investigation;

import java.time.Instant;
import java.util.UUID;

/** A trigger put an investigation in the queue: required, or suggested. */
public record InvestigationQueued(UUID investigationId, UUID siteId, boolean required, Instant at) {}
