package dev.tandem.action;

import java.time.LocalDate;
import java.util.UUID;

/** A planner changed an action (its owner, organisation, due date...) or voided it. */
public record ActionRevised(
        UUID actionId,
        ActionStatus status,
        UUID siteId,
        UUID responsibleOrganisationId,
        LocalDate dueDate,
        boolean voided) {}
