package dev.tandem.meeting.holding;

import dev.tandem.history.KeptOutOfHistory;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person invited to a meeting, of the owner company or of the meeting's contractor, whether they came, and the
 * signature they drew on the meeting's phone (none until they sign; marked absent, they are unsigned again).
 */
@Table("meeting_attendee")
public record Attendee(
        UUID personId,
        UUID organisationId,
        boolean present,
        @KeptOutOfHistory("the picture's id; the time it was signed is kept") UUID signatureId,
        Instant signedAt) {

    static Attendee invited(UUID personId, UUID organisationId, boolean present) {
        return new Attendee(personId, organisationId, present, null, null);
    }

    public boolean signed() {
        return signatureId != null;
    }

    /** Still present, the attendee keeps the signature drawn; absent, they have none. */
    Attendee present(boolean came) {
        return came
                ? new Attendee(personId, organisationId, true, signatureId, signedAt)
                : invited(personId, organisationId, false);
    }

    Attendee signedWith(UUID signature, Instant at) {
        return new Attendee(personId, organisationId, present, signature, at);
    }
}
