package dev.tandem.event;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * An injured person as the reviewer records them: a registered person, or a name and an organisation for someone
 * not registered. Days above 180 are counted as 180.
 */
public record InjuredPerson(
        UUID personId,
        @Size(max = 200) String personName,
        UUID organisationId,
        InjuryClass injuryClass,
        @Size(max = 200) String bodyPart,
        @Size(max = 200) String nature,
        @Min(0) int daysAway,
        @Min(0) int daysRestricted) {

    boolean isBlank() {
        return personId == null && (personName == null || personName.isBlank()) && injuryClass == null;
    }
}
