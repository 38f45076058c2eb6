package dev.tandem.action;

import java.time.LocalDate;
import java.util.UUID;

/** An action's due date passed before it was done; sent once per action and due date. */
public record ActionOverdue(
        UUID actionId, UUID siteId, UUID responsibleOrganisationId, UUID ownerPersonId, LocalDate dueDate) {}
