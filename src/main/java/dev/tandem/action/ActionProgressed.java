package dev.tandem.action;

import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;

/** An action moved on: started, done, verified, or sent back; {@code status} is where it is now. */
@DomainEvent
public record ActionProgressed(
        UUID actionId,
        ActionStatus status,
        UUID siteId,
        UUID responsibleOrganisationId,
        String sourceCategory,
        Instant at) {}
