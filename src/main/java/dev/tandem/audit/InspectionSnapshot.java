package dev.tandem.audit;

import dev.tandem.history.Recorded;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An inspection as its history records it: every field but those kept out of it (each with its reason on the field),
 * its embedded values by their own fields, and each answer and finding numbered in order.
 */
final class InspectionSnapshot {

    private InspectionSnapshot() {}

    static Map<String, Object> of(Inspection inspection) {
        var place = inspection.place();
        var signatures = inspection.signatures();
        var slot = inspection.slot();
        var score = inspection.score();
        var fields = new LinkedHashMap<String, Object>(Recorded.fields(
                "templateId", inspection.templateId(),
                "templateVersion", inspection.templateVersion(),
                "title", inspection.title(),
                "siteId", place.siteId(),
                "areaId", place.areaId(),
                "organisationId", place.organisationId(),
                "startedByOrganisationId", place.startedByOrganisationId(),
                "conductedOn", place.conductedOn(),
                "conductedBy", place.conductedBy(),
                "status", inspection.status(),
                "kind", place.kind(),
                "invitedPersonId", place.invitedPersonId(),
                "contractorSignedBy", signatures.contractorSignedBy(),
                "contractorSignedAt", signatures.contractorSignedAt(),
                "ownerSignedBy", signatures.ownerSignedBy(),
                "ownerSignedAt", signatures.ownerSignedAt(),
                "dueAt", slot.dueAt(),
                "assignedRole", slot.assignedRole(),
                "assignedPersonId", slot.assignedPersonId(),
                "points", score.points(),
                "possible", score.possible(),
                "percentage", score.percentage(),
                "completedAt", inspection.completedAt()));
        fields.putAll(Recorded.numbered(
                "answers",
                inspection.answers(),
                answer -> Recorded.fields(
                        "question", answer.question(),
                        "answer", answer.answer(),
                        "note", answer.note(),
                        "photoId", answer.photoId() != null)));
        fields.putAll(Recorded.numbered(
                "findings",
                inspection.findings(),
                finding -> Recorded.fields(
                        "question", finding.question(),
                        "note", finding.note())));
        return fields;
    }
}
