package dev.tandem.meeting;

import java.time.Instant;
import java.util.UUID;

/** A rotation of an engagement ended without a meeting held: its mentor hears of it, once. */
public record RotationMissed(
        UUID engagementId, UUID organisationId, UUID siteId, UUID mentorPersonId, Instant startsAt, Instant endsAt) {}
