package dev.tandem.training;

import dev.tandem.history.AuditedRecords;
import dev.tandem.history.History;
import dev.tandem.shared.CopyRows;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.imports.ImportJobs;
import dev.tandem.shared.imports.ImportReport;
import dev.tandem.shared.imports.SheetCheck;
import dev.tandem.training.access.TrainingAccess;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a checked sheet of training records, all in one transaction: new records and their CREATED history entries
 * streamed with COPY (hundreds of thousands of rows), and the rows whose external id names a stored record as changes
 * of it, each with its history entry when it changes something.
 */
@Component
class TrainingImportWriter {

    /** Rows written per round of COPY statements, and stored records read per query. */
    private static final int CHUNK = 2000;

    private static final String COLUMNS =
            """
            id, external_id, person_id, organisation_id, competence_id, session_id, completed_on, result, trainer,
            provider, evidence_reference, expires_on, expiry_given, status, approved_by, approved_at, created_at,
            version""";

    private final TrainingRecords trainingRecords;
    private final AuditedRecords<TrainingRecord> records;
    private final TrainingReferences references;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    TrainingImportWriter(
            TrainingRecords trainingRecords,
            History history,
            TrainingReferences references,
            JdbcTemplate jdbc,
            TransactionTemplate transactions) {
        this.trainingRecords = trainingRecords;
        this.records = history.auditing(trainingRecords, TrainingAccess::canRead);
        this.references = references;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Finds the stored record of every row with an external id, and checks the importer may change it. */
    void matchStored(TrainingSheet sheet, Viewer viewer) {
        SheetCheck.matchExternalIds(
                sheet.withExternalId(),
                TrainingSheet.Row::externalId,
                ids -> JdbcClient.create(jdbc)
                        .sql(
                                """
                                select id, lower(external_id) as external_id, organisation_id, status,
                                       voided_at is not null as voided
                                from training_record where lower(external_id) = any(:ids)""")
                        .param("ids", ids)
                        .query((row, number) -> new Stored(
                                row.getObject("id", UUID.class),
                                row.getString("external_id"),
                                row.getObject("organisation_id", UUID.class),
                                ApprovalStatus.valueOf(row.getString("status")),
                                row.getBoolean("voided")))
                        .list(),
                Stored::externalId,
                (row, record) -> sheet.matched(
                        row,
                        record.id(),
                        record.voided(),
                        TrainingAccess.canChange(viewer, record.organisationId(), record.status())));
    }

    private record Stored(UUID id, String externalId, UUID organisationId, ApprovalStatus status, boolean voided) {}

    /** Writes the sheet's rows, every one of them right, in one transaction. */
    ImportReport write(TrainingSheet sheet, Viewer viewer, ImportJobs.Progress progress) {
        return transactions.execute(status -> writeAll(sheet, viewer, progress));
    }

    private ImportReport writeAll(TrainingSheet sheet, Viewer viewer, ImportJobs.Progress progress) {
        var fresh = sheet.rows().stream().filter(row -> row.storedId() == null).toList();
        var stored = sheet.rows().stream().filter(row -> row.storedId() != null).toList();
        var approval = new TrainingRecord.Approval(viewer.userId(), references.now(), TrainingAccess.approves(viewer));
        for (int from = 0; from < fresh.size(); from += CHUNK) {
            var chunk = new ArrayList<TrainingRecord>();
            for (var row : fresh.subList(from, Math.min(fresh.size(), from + CHUNK))) {
                var id = UUID.randomUUID();
                chunk.add(TrainingRecord.recorded(id, row.checked(id), null, approval));
            }
            copy(chunk);
            records.createdInBulk(chunk, viewer);
            progress.written(from + chunk.size());
        }
        int updated = 0;
        for (int from = 0; from < stored.size(); from += CHUNK) {
            var chunk = stored.subList(from, Math.min(stored.size(), from + CHUNK));
            updated += change(chunk, viewer);
            progress.written(fresh.size() + from + chunk.size());
        }
        return ImportReport.written(fresh.size(), updated, stored.size() - updated);
    }

    /** Changes the stored records of the rows that say anything new; answers how many did. */
    private int change(List<TrainingSheet.Row> rows, Viewer viewer) {
        var loaded = new HashMap<UUID, TrainingRecord>();
        trainingRecords
                .findAllById(rows.stream().map(TrainingSheet.Row::storedId).toList())
                .forEach(record -> loaded.put(record.id(), record));
        int changed = 0;
        for (var row : rows) {
            var record = loaded.get(row.storedId());
            if (!RecordTraining.of(record).equals(row.details(record.id()))) {
                records.change(
                        record, Precondition.none(), revised -> revised.revise(row.checked(revised.id())), viewer);
                changed++;
            }
        }
        return changed;
    }

    /** New records streamed into their table with COPY, on the transaction's connection. */
    private void copy(List<TrainingRecord> made) {
        jdbc.execute((ConnectionCallback<Long>) connection -> {
            var copy = CopyRows.into(connection, "training_record", COLUMNS);
            for (var record : made) {
                copy.add(record.id())
                        .add(record.externalId())
                        .add(record.personId())
                        .add(record.organisationId())
                        .add(record.competenceId())
                        .add(record.sessionId())
                        .add(record.completedOn())
                        .add(record.result())
                        .add(record.trainer())
                        .add(record.provider())
                        .add(record.evidenceReference())
                        .add(record.expiresOn())
                        .add(record.expiryGiven())
                        .add(record.status())
                        .add(record.approvedBy())
                        .add(record.approvedAt())
                        .add(record.createdAt())
                        .add(0)
                        .row();
            }
            return copy.finish();
        });
    }
}
