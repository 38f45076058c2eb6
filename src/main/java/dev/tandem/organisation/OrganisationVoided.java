package dev.tandem.organisation;

import java.util.UUID;

/** An organisation was voided: its people no longer sign in. */
public record OrganisationVoided(UUID organisationId) {}
