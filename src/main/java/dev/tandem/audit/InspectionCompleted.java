package dev.tandem.audit;

import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * An inspection was completed: what kind it was, on which site and for which organisation (a contractor's for a joint
 * inspection or an audit of a contractor), so that other modules may count it without reading audit's tables.
 */
@DomainEvent
public record InspectionCompleted(
        UUID inspectionId, InspectionKind kind, UUID siteId, UUID organisationId, Instant completedAt) {}
