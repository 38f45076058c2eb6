package dev.tandem.risk;

import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * A verification found a critical control not effective: its owner has an action to restore it, and the area's
 * manager and the site's safety department are to hear of it (urgently when the risk is fatal).
 *
 * @param actionId the action raised on the control's owner
 */
@DomainEvent
public record CriticalControlFailed(
        UUID controlId,
        UUID riskId,
        UUID siteId,
        UUID areaId,
        boolean fatal,
        UUID verificationId,
        UUID actionId,
        Instant verifiedAt) {}
