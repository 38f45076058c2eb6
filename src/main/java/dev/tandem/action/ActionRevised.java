package dev.tandem.action;

import java.time.LocalDate;
import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;

/** A planner changed an action (its owner, organisation, due date...) or voided it. */
@DomainEvent
public record ActionRevised(
        UUID actionId,
        ActionStatus status,
        UUID siteId,
        UUID responsibleOrganisationId,
        LocalDate dueDate,
        boolean voided) {}
