package dev.tandem.risk;

import dev.tandem.history.AuditedRecords;
import dev.tandem.history.History;
import dev.tandem.shared.CopyRows;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.RecordRows;
import dev.tandem.shared.imports.ImportJobs;
import dev.tandem.shared.imports.ImportReport;
import dev.tandem.shared.imports.SheetCheck;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a checked sheet of the register, all in one transaction: new risks, their assessments and their CREATED
 * history entries streamed with COPY (a statement per row made a 60,000-row file take a minute), and the rows whose
 * external id names a stored risk as changes of it, each with its history entry when it changes something.
 */
@Component
class RiskImportWriter {

    /** Rows written per round of COPY statements, and stored risks read per query. */
    private static final int CHUNK = 2000;

    private static final String RISK_COLUMNS =
            """
            id, external_id, site_id, area_id, activity, hazard_category_id, hazard, unwanted_event, consequence,
            owner_person_id, review_date, fatal, status, matrix_id, likelihood, severity, band, residual_matrix_id,
            residual_likelihood, residual_severity, residual_band, acceptance_justification, accepted_by, created_at,
            version""";

    private static final String ASSESSMENT_COLUMNS =
            """
            risk, risk_key, stage, matrix_id, likelihood, severity, band, note, assessed_at, assessed_by,
            assessed_name""";

    private final RiskReferences references;
    private final Risks risks;
    private final AuditedRecords<Risk> records;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    RiskImportWriter(
            RiskReferences references,
            Risks risks,
            History history,
            JdbcTemplate jdbc,
            TransactionTemplate transactions) {
        this.references = references;
        this.risks = risks;
        this.records = history.auditing(risks, (viewer, risk) -> true);
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Finds the stored risk of every row with an external id, and checks the importer may change it. */
    void matchStored(RiskSheet sheet) {
        SheetCheck.matchExternalIds(
                sheet.withExternalId(),
                RiskSheet.Row::externalId,
                ids -> JdbcClient.create(jdbc)
                        .sql(
                                """
                                select id, lower(external_id) as external_id, site_id, owner_person_id,
                                       voided_at is not null as voided
                                from risk_entry where lower(external_id) = any(:ids)""")
                        .param("ids", ids)
                        .query(RecordRows.of(Stored.class))
                        // a list, not an unclosed stream, which would keep its connection from the pool
                        .list(),
                Stored::externalId,
                (row, risk) -> sheet.matched(row, risk.id(), risk.siteId(), risk.voided(), risk.ownerPersonId()));
        sheet.requireOwners();
    }

    private record Stored(UUID id, String externalId, UUID siteId, UUID ownerPersonId, boolean voided) {}

    /** Writes the sheet's rows, every one of them right, in one transaction. */
    ImportReport write(RiskSheet sheet, ImportJobs.Progress progress) {
        return transactions.execute(status -> writeAll(sheet, progress));
    }

    private ImportReport writeAll(RiskSheet sheet, ImportJobs.Progress progress) {
        var fresh = sheet.rows().stream().filter(row -> row.storedId() == null).toList();
        var stored = sheet.rows().stream().filter(row -> row.storedId() != null).toList();
        var now = references.now();
        for (int from = 0; from < fresh.size(); from += CHUNK) {
            var chunk = new ArrayList<Risk>();
            for (var row : fresh.subList(from, Math.min(fresh.size(), from + CHUNK))) {
                var risk = Risk.identified(UUID.randomUUID(), row.details(), row.siteId(), now);
                if (row.likelihood() != null) {
                    risk.assess(sheet.matrix(), assessment(row), sheet.viewer(), now);
                }
                chunk.add(risk);
            }
            copy(chunk);
            records.createdInBulk(chunk, sheet.viewer());
            progress.written(from + chunk.size());
        }
        int updated = 0;
        for (int from = 0; from < stored.size(); from += CHUNK) {
            var chunk = stored.subList(from, Math.min(stored.size(), from + CHUNK));
            updated += change(chunk, sheet, now);
            progress.written(fresh.size() + from + chunk.size());
        }
        return ImportReport.written(fresh.size(), updated, stored.size() - updated);
    }

    /** Changes the stored risks of the rows that say anything new; answers how many did. */
    private int change(List<RiskSheet.Row> rows, RiskSheet sheet, java.time.Instant now) {
        var loaded = new HashMap<UUID, Risk>();
        risks.findAllById(rows.stream().map(RiskSheet.Row::storedId).toList())
                .forEach(risk -> loaded.put(risk.id(), risk));
        int changed = 0;
        for (var row : rows) {
            var risk = loaded.get(row.storedId());
            if (changes(risk, row)) {
                records.change(
                        risk,
                        Precondition.none(),
                        revised -> {
                            revised.revise(row.details(), row.siteId());
                            if (reassessed(revised, row)) {
                                revised.assess(sheet.matrix(), assessment(row), sheet.viewer(), now);
                            }
                        },
                        sheet.viewer());
                changed++;
            }
        }
        return changed;
    }

    private static AssessRisk assessment(RiskSheet.Row row) {
        return new AssessRisk(row.likelihood(), row.severity(), null);
    }

    /** New risks and their assessments streamed into their tables with COPY, on the transaction's connection. */
    private void copy(List<Risk> made) {
        jdbc.execute((ConnectionCallback<Long>) connection -> {
            var entries = CopyRows.into(connection, "risk_entry", RISK_COLUMNS);
            for (var risk : made) {
                entries.add(risk.id())
                        .add(risk.externalId())
                        .add(risk.siteId())
                        .add(risk.areaId())
                        .add(risk.activity())
                        .add(risk.hazardCategoryId())
                        .add(risk.hazard())
                        .add(risk.unwantedEvent())
                        .add(risk.consequence())
                        .add(risk.ownerPersonId())
                        .add(risk.reviewDate())
                        .add(risk.fatal())
                        .add(risk.status())
                        .add(risk.matrixId())
                        .add(risk.likelihood())
                        .add(risk.severity())
                        .add(risk.band())
                        .add(risk.residualMatrixId())
                        .add(risk.residualLikelihood())
                        .add(risk.residualSeverity())
                        .add(risk.residualBand())
                        .add(risk.acceptanceJustification())
                        .add(risk.acceptedBy())
                        .add(risk.createdAt())
                        .add(0)
                        .row();
            }
            entries.finish();
            var assessments = CopyRows.into(connection, "risk_assessment", ASSESSMENT_COLUMNS);
            for (var risk : made) {
                var assessed = risk.assessments();
                for (int key = 0; key < assessed.size(); key++) {
                    var assessment = assessed.get(key);
                    assessments
                            .add(risk.id())
                            .add(key)
                            .add(assessment.stage())
                            .add(assessment.matrixId())
                            .add(assessment.likelihood())
                            .add(assessment.severity())
                            .add(assessment.band())
                            .add(assessment.note())
                            .add(assessment.assessedAt())
                            .add(assessment.assessedBy())
                            .add(assessment.assessedName())
                            .row();
                }
            }
            return assessments.finish();
        });
    }

    /** Whether the row says anything else than the stored risk. */
    private static boolean changes(Risk risk, RiskSheet.Row row) {
        var same = row.details().withId(risk.id());
        return !IdentifyRisk.of(risk).equals(same) || reassessed(risk, row);
    }

    /** Whether the row gives a likelihood and severity other than the risk's latest assessment before measures. */
    private static boolean reassessed(Risk risk, RiskSheet.Row row) {
        return row.likelihood() != null
                && (!Objects.equals(row.likelihood(), risk.likelihood())
                        || !Objects.equals(row.severity(), risk.severity()));
    }
}
