package dev.tandem.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An organisation as it is entered; a missing status keeps the current one (new contractors: PROSPECTIVE).
 *
 * @param statusReason why the status changes: required when it does, ignored when it does not
 */
public record RegisterOrganisation(
        @NotBlank @Size(max = 200) String name,
        OrganisationStatus status,
        @Size(max = 40) String taxNumber,
        @Email @Size(max = 200) String contactEmail,
        @Size(max = 40) String contactPhone,
        @Size(max = 500) String statusReason) {

    /** An organisation known by its name alone, in its kind's first status. */
    public static RegisterOrganisation named(String name) {
        return new RegisterOrganisation(name, null, null, null, null, null);
    }

    /** The organisation as stored, with no reason for a change yet. */
    public static RegisterOrganisation of(Organisation organisation) {
        return new RegisterOrganisation(
                organisation.name(),
                organisation.status(),
                organisation.taxNumber(),
                organisation.contactEmail(),
                organisation.contactPhone(),
                null);
    }
}
