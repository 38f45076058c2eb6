package dev.tandem.event;

import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;

/** Someone reported a safety event. */
@DomainEvent
public record EventReported(UUID eventId, EventType type, UUID siteId, UUID organisationId, Instant occurredAt) {}
