package dev.tandem.training;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person's training in a competence expires within 30 days, and no later pass renews it: the person and their
 * supervisors are reminded once.
 *
 * @param organisationId the person's organisation
 * @param siteId the person's site, or null
 */
public record TrainingExpiring(
        UUID recordId, UUID personId, UUID organisationId, UUID siteId, UUID competenceId, LocalDate expiresOn) {}
