package dev.tandem.investigation.web;

import dev.tandem.investigation.InvestigatedRecord;
import dev.tandem.investigation.PlanInvestigation;
import dev.tandem.investigation.RecordKind;
import dev.tandem.shared.InvalidRequestException;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The page's form of an investigation: the records it looks into (each {@code KIND:id}, fixed once opened), its
 * title, leader, members and due date.
 */
record InvestigationForm(
        List<String> records,
        @Size(max = 300) String title,
        UUID leaderPersonId,
        @Size(max = 30) List<UUID> memberPersonIds,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate) {

    InvestigationForm {
        records = records == null ? List.of() : List.copyOf(records);
        memberPersonIds = memberPersonIds == null ? List.of() : List.copyOf(memberPersonIds);
    }

    PlanInvestigation plan() {
        return new PlanInvestigation(title, leaderPersonId, memberPersonIds, dueDate);
    }

    List<InvestigatedRecord> investigated() {
        return records.stream().map(InvestigationForm::record).toList();
    }

    static String code(InvestigatedRecord record) {
        return record.kind() + ":" + record.recordId();
    }

    private static InvestigatedRecord record(String code) {
        var parts = code.split(":", 2);
        try {
            return new InvestigatedRecord(RecordKind.valueOf(parts[0]), UUID.fromString(parts[1]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException notARecord) {
            throw new InvalidRequestException("records", "investigation.rule.recordsRequired");
        }
    }
}
