package dev.tandem.risk;

import java.time.Instant;
import java.util.UUID;

/**
 * One verification of a critical control: what it found, when and by whom; never changed afterwards.
 *
 * @param actionId the action raised on the control's owner when it failed
 */
public record ControlVerification(
        UUID id,
        UUID controlId,
        boolean passed,
        String note,
        boolean hasPhoto,
        UUID actionId,
        Instant verifiedAt,
        String verifiedName) {}
