package dev.tandem.action;

import java.time.LocalDate;
import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;

/** An unfinished action falls due within the reminder window; sent once per action and due date. */
@DomainEvent
public record ActionDueSoon(
        UUID actionId, UUID siteId, UUID responsibleOrganisationId, UUID ownerPersonId, LocalDate dueDate) {}
