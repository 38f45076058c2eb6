package dev.tandem.action;

import java.time.LocalDate;
import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;

/** A corrective action was raised; {@code sourceCategory} is, for instance, the type of the event behind it. */
@DomainEvent
public record ActionRaised(
        UUID actionId,
        SourceType sourceType,
        UUID sourceId,
        String sourceCategory,
        UUID siteId,
        UUID responsibleOrganisationId,
        UUID ownerPersonId,
        LocalDate dueDate,
        ActionPriority priority) {}
