package dev.tandem.contractor;

import java.time.Instant;
import java.util.UUID;

/**
 * A rotation meeting held with a contractor. The meeting module publishes it; this module owns it, so that meetings
 * depend on contractors and not the other way round, and hears it for the onboarding's first rotation meeting.
 */
public record RotationMeetingHeld(UUID meetingId, UUID organisationId, UUID engagementId, Instant heldAt) {}
