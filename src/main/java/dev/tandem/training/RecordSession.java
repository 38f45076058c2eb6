package dev.tandem.training;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A course held on one day with many attendees, as a sign-in sheet lists them: each attendee's result becomes a
 * training record of the session, all of them or none.
 *
 * @param id chosen by the client, so that a sheet sent twice records once
 * @param evidenceReference the number of the sheet or protocol, for every attendee's record
 */
public record RecordSession(
        UUID id,
        @NotNull UUID competenceId,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
        @Size(max = 200) String trainer,
        @Size(max = 200) String provider,
        @Size(max = 200) String evidenceReference,
        @NotEmpty @Size(max = 500) List<@Valid @NotNull Attendee> attendees) {

    /** One line of the sheet: who attended and how they did. */
    public record Attendee(@NotNull UUID personId, @NotNull TrainingResult result) {}

    /** The record of one attendee, as the session gives it. */
    RecordTraining recordOf(Attendee attendee) {
        return new RecordTraining(
                null,
                null,
                attendee.personId(),
                competenceId,
                heldOn,
                attendee.result(),
                trainer,
                provider,
                evidenceReference,
                null);
    }
}
