package dev.tandem.action;

import java.time.LocalDate;
import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;

/** An action's due date passed before it was done; sent once per action and due date. */
@DomainEvent
public record ActionOverdue(
        UUID actionId, UUID siteId, UUID responsibleOrganisationId, UUID ownerPersonId, LocalDate dueDate) {}
