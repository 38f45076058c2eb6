package dev.tandem.event;

import dev.tandem.history.Recorded;
import java.util.Map;
import java.util.UUID;

/**
 * A person hurt in an incident. Injuries count towards the figures of the injured person's organisation, which
 * need not be the organisation whose work the incident concerns.
 *
 * @param personId the injured person when registered; {@code personName} is kept either way
 * @param daysAway calendar days away from work from the day after the injury, capped at 180
 * @param daysRestricted calendar days on restricted work, capped the same way
 */
public record Injury(
        UUID personId,
        String personName,
        UUID organisationId,
        InjuryClass injuryClass,
        String bodyPart,
        String nature,
        int daysAway,
        int daysRestricted) {

    /** OSHA 1904.7(b)(3): days are counted up to 180. */
    public static final int DAY_CAP = 180;

    public Injury {
        daysAway = Math.min(daysAway, DAY_CAP);
        daysRestricted = Math.min(daysRestricted, DAY_CAP);
    }

    Map<String, Object> snapshot() {
        return Recorded.fields(
                "personId", personId,
                "personName", personName,
                "organisationId", organisationId,
                "injuryClass", injuryClass,
                "bodyPart", bodyPart,
                "nature", nature,
                "daysAway", daysAway,
                "daysRestricted", daysRestricted);
    }
}
