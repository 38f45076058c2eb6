package dev.tandem.contractor.engagement;

import java.time.LocalDate;
import java.util.UUID;

/** An engagement's work started: its contractor's first one starts the contractor's onboarding. */
public record EngagementStarted(UUID engagementId, UUID organisationId, LocalDate on) {}
