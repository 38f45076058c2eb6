package dev.tandem.event;

import java.time.Instant;
import java.util.UUID;

/** Someone reported a safety event. */
public record EventReported(UUID eventId, EventType type, UUID siteId, UUID organisationId, Instant occurredAt) {}
