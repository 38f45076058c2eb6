package dev.tandem.training;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person's training in a competence has expired and no later pass renews it: they are no longer cleared for work
 * that requires it. Told once, on the day after its last valid day.
 *
 * @param organisationId the person's organisation
 * @param siteId the person's site, or null
 */
public record TrainingExpired(
        UUID recordId, UUID personId, UUID organisationId, UUID siteId, UUID competenceId, LocalDate expiresOn) {}
