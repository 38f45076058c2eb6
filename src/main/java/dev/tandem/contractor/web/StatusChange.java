package dev.tandem.contractor.web;

import dev.tandem.organisation.OrganisationStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A move along the contractor's lifecycle, with why. */
record StatusChange(@NotNull OrganisationStatus status, @NotBlank @Size(max = 500) String reason) {}
