package dev.tandem.audit.events;

import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * A joint inspection was completed, signed by both sides: on which site and with which contractor (the one whose
 * supervisor started it), so that other modules may count it without reading audit's tables.
 */
@DomainEvent
public record JointInspectionCompleted(UUID inspectionId, UUID siteId, UUID organisationId, Instant completedAt) {}
