package dev.tandem.training.web;

import dev.tandem.training.RecordSession;
import dev.tandem.training.TrainingResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A sign-in sheet as the page sends it: the course, the day and who held it, and the people ticked as passed or as
 * failed (a person ticked in both is refused by name).
 *
 * @param organisationId whose people the sheet lists (a contractor's supervisor's own)
 */
record SessionForm(
        UUID id,
        UUID organisationId,
        UUID competenceId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
        String trainer,
        String provider,
        String evidenceReference,
        List<UUID> passed,
        List<UUID> failed) {

    SessionForm {
        id = id == null ? UUID.randomUUID() : id;
        passed = passed == null ? List.of() : List.copyOf(passed);
        failed = failed == null ? List.of() : List.copyOf(failed);
    }

    static SessionForm blank(UUID organisationId, LocalDate today) {
        return new SessionForm(null, organisationId, null, today, "", "", "", List.of(), List.of());
    }

    /** The sheet as the module records it: the passed first, then the failed. */
    RecordSession command() {
        var attendees = new ArrayList<RecordSession.Attendee>();
        passed.forEach(person -> attendees.add(new RecordSession.Attendee(person, TrainingResult.PASSED)));
        failed.forEach(person -> attendees.add(new RecordSession.Attendee(person, TrainingResult.FAILED)));
        return new RecordSession(id, competenceId, heldOn, trainer, provider, evidenceReference, attendees);
    }
}
