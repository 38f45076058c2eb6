package dev.tandem.training;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A person's training to record, or the new details of a record (then {@code id} is not read).
 *
 * @param id chosen by the client, so that a request sent twice records once
 * @param externalId the record's id in the plant's spreadsheets: a re-import with it updates the record
 * @param completedOn the day the course was completed: today or earlier
 * @param evidenceReference the number of what proves a pass (sign-in sheet, certificate, protocol)
 * @param expiresOn the expiry as the proof gives it; when absent, the competence's period sets it
 */
public record RecordTraining(
        UUID id,
        @Size(max = 100) String externalId,
        @NotNull UUID personId,
        @NotNull UUID competenceId,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn,
        @NotNull TrainingResult result,
        @Size(max = 200) String trainer,
        @Size(max = 200) String provider,
        @Size(max = 200) String evidenceReference,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expiresOn) {

    /** A new record's form: a pass completed on the day, under an id of its own so a second press records once. */
    public static RecordTraining blank(LocalDate completedOn) {
        return new RecordTraining(
                UUID.randomUUID(), null, null, null, completedOn, TrainingResult.PASSED, null, null, null, null);
    }

    /** The details of a stored record, for its form. */
    public static RecordTraining of(TrainingRecord record) {
        return new RecordTraining(
                record.id(),
                record.externalId(),
                record.personId(),
                record.competenceId(),
                record.completedOn(),
                record.result(),
                record.trainer(),
                record.provider(),
                record.evidenceReference(),
                record.expiryGiven() ? record.expiresOn() : null);
    }
}
