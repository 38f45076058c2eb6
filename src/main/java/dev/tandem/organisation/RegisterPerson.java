package dev.tandem.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A person to register, or their new details.
 *
 * @param personnelNumber their number in the books of their organisation (a payroll or pass number), unique within
 *     it: how the plant's spreadsheets name them, for instance in an import of training records
 */
public record RegisterPerson(
        @NotNull UUID organisationId,
        @NotBlank @Size(max = 200) String fullName,
        @Size(max = 200) String position,
        UUID siteId,
        UUID areaId,
        @Email @Size(max = 200) String email,
        @Size(max = 40) String phone,
        @Size(max = 40) String personnelNumber) {

    /** A person of an organisation in a position, on no site in particular, with no contacts yet. */
    public static RegisterPerson named(UUID organisationId, String fullName, String position) {
        return new RegisterPerson(organisationId, fullName, position, null, null, null, null, null);
    }

    public static RegisterPerson of(Person person) {
        return new RegisterPerson(
                person.organisationId(),
                person.fullName(),
                person.position(),
                person.siteId(),
                person.areaId(),
                person.email(),
                person.phone(),
                person.personnelNumber());
    }
}
