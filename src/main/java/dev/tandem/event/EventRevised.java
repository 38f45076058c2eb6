package dev.tandem.event;

import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;

/** A reviewer changed a safety event: its account, its status, or voided it. */
@DomainEvent
public record EventRevised(UUID eventId, EventStatus status, UUID siteId, UUID organisationId) {}
