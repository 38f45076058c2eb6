package dev.tandem.training.web;

import dev.tandem.training.ApprovalStatus;
import dev.tandem.training.TrainingRecord;
import dev.tandem.training.TrainingResult;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A training record as the API shows it, with the ids of the files that prove it. */
record TrainingRecordView(
        UUID id,
        String externalId,
        UUID personId,
        UUID organisationId,
        UUID competenceId,
        UUID sessionId,
        LocalDate completedOn,
        TrainingResult result,
        String trainer,
        String provider,
        String evidenceReference,
        LocalDate expiresOn,
        boolean expiryGiven,
        ApprovalStatus status,
        UUID approvedBy,
        Instant approvedAt,
        String returnedComment,
        boolean voided,
        List<UUID> evidence) {

    static TrainingRecordView of(TrainingRecord record, List<UUID> evidence) {
        return new TrainingRecordView(
                record.id(),
                record.externalId(),
                record.personId(),
                record.organisationId(),
                record.competenceId(),
                record.sessionId(),
                record.completedOn(),
                record.result(),
                record.trainer(),
                record.provider(),
                record.evidenceReference(),
                record.expiresOn(),
                record.expiryGiven(),
                record.status(),
                record.approvedBy(),
                record.approvedAt(),
                record.returnedComment(),
                record.isVoided(),
                evidence);
    }
}
