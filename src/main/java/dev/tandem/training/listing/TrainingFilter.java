package dev.tandem.training.listing;

import dev.tandem.training.ApprovalStatus;
import dev.tandem.training.TrainingResult;
import java.util.UUID;

/**
 * Which training records a list selects; what is left out (null) does not filter.
 *
 * @param q a search in the person's name and the record's trainer, provider and external id
 * @param voided voided ones as well
 */
public record TrainingFilter(
        String q,
        UUID personId,
        UUID organisationId,
        UUID competenceId,
        UUID sessionId,
        ApprovalStatus status,
        TrainingResult result,
        Boolean voided) {

    public static TrainingFilter none() {
        return new TrainingFilter(null, null, null, null, null, null, null, null);
    }

    /** Every record of one person. */
    public static TrainingFilter ofPerson(UUID personId) {
        return new TrainingFilter(null, personId, null, null, null, null, null, null);
    }
}
