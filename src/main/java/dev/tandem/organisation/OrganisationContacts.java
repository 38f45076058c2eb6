package dev.tandem.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

/** How the plant reaches an organisation: what its own supervisor keeps up to date. */
public record OrganisationContacts(@Email @Size(max = 200) String contactEmail, @Size(max = 40) String contactPhone) {

    public static OrganisationContacts of(Organisation organisation) {
        return new OrganisationContacts(organisation.contactEmail(), organisation.contactPhone());
    }
}
