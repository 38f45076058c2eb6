package dev.tandem.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

public record RegisterPerson(
        @NotNull UUID organisationId,
        @NotBlank @Size(max = 200) String fullName,
        @Size(max = 200) String position,
        UUID siteId,
        @Email @Size(max = 200) String email,
        @Size(max = 40) String phone) {

    /** A person of an organisation in a position, on no site in particular, with no contacts yet. */
    public static RegisterPerson named(UUID organisationId, String fullName, String position) {
        return new RegisterPerson(organisationId, fullName, position, null, null, null);
    }

    public static RegisterPerson of(Person person) {
        return new RegisterPerson(
                person.organisationId(),
                person.fullName(),
                person.position(),
                person.siteId(),
                person.email(),
                person.phone());
    }
}
