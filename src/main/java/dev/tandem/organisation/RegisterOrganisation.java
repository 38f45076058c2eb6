package dev.tandem.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An organisation as it is entered; a missing status keeps the current one (new contractors: PROSPECTIVE). */
public record RegisterOrganisation(
        @NotBlank @Size(max = 200) String name,
        OrganisationStatus status,
        @Size(max = 40) String taxNumber,
        @Email @Size(max = 200) String contactEmail,
        @Size(max = 40) String contactPhone) {

    public static RegisterOrganisation of(Organisation organisation) {
        return new RegisterOrganisation(
                organisation.name(),
                organisation.status(),
                organisation.taxNumber(),
                organisation.contactEmail(),
                organisation.contactPhone());
    }
}
