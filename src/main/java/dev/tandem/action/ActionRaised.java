package dev.tandem.action;

import java.time.LocalDate;
import java.util.UUID;

/** A corrective action was raised; {@code sourceCategory} is, for instance, the type of the event behind it. */
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
