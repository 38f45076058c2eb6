package dev.tandem.event;

import java.util.UUID;

/** A reviewer changed a safety event: its account, its status, or voided it. */
public record EventRevised(UUID eventId, EventStatus status, UUID siteId, UUID organisationId) {}
