package dev.tandem.risk;

import dev.tandem.history.AuditedRecords;
import dev.tandem.history.History;
import dev.tandem.shared.RowError;
import dev.tandem.shared.Viewer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes the register from a spreadsheet, all rows or none. Rows are checked as they are read (see {@link RiskSheet});
 * once every row is read and right, those whose external id names a stored risk change it (only a row that changes
 * something gets a history entry), the others enter new risks, all in one transaction. Only the register's keepers
 * import, and only rows of the sites they keep.
 */
@Service
public class RiskImport {

    /** Risks written per round trip to the database. */
    private static final int CHUNK = 500;

    /** How far an import has come; called from the thread that runs it. */
    public interface Progress {
        void written(int rows);
    }

    /** What an import did, or every wrong cell of a file that wrote nothing. */
    public record Report(int created, int updated, int unchanged, List<RowError> errors) {

        public boolean accepted() {
            return errors.isEmpty();
        }
    }

    private final RiskReferences references;
    private final Risks risks;
    private final AuditedRecords<Risk> records;
    private final RiskSheetLookups lookups;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    RiskImport(
            RiskReferences references,
            Risks risks,
            History history,
            RiskSheetLookups lookups,
            JdbcClient jdbc,
            TransactionTemplate transactions) {
        this.references = references;
        this.risks = risks;
        this.records = history.auditing(risks, (viewer, risk) -> true);
        this.lookups = lookups;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * A new import by the viewer, to be given the file's rows.
     *
     * @throws AccessDeniedException unless the viewer keeps the register of some site
     */
    public RiskSheet begin(Viewer viewer) {
        if (!RiskAccess.keepsRegister(viewer)) {
            throw new AccessDeniedException("importing the risk register");
        }
        return new RiskSheet(lookups.names(), lookups.matrix(), viewer);
    }

    /** Writes the sheet's rows when every one of them is right; else writes nothing and names every wrong cell. */
    public Report finish(RiskSheet sheet, Progress progress) {
        matchStored(sheet);
        if (!sheet.errors().isEmpty()) {
            return new Report(0, 0, 0, sheet.errors());
        }
        return transactions.execute(status -> write(sheet, progress));
    }

    /** Finds the stored risk of every row with an external id, and checks the importer may change it. */
    private void matchStored(RiskSheet sheet) {
        var rows = sheet.withExternalId();
        for (int from = 0; from < rows.size(); from += 5000) {
            var chunk = rows.subList(from, Math.min(rows.size(), from + 5000));
            var stored = new HashMap<String, Stored>();
            jdbc.sql(
                            """
                            select id, lower(external_id) as external_id, site_id, owner_person_id,
                                   voided_at is not null as voided
                            from risk_entry where lower(external_id) = any(:ids)""")
                    .param(
                            "ids",
                            chunk.stream().map(row -> key(row.externalId())).toArray(String[]::new))
                    .query(Stored.class)
                    // a list, not an unclosed stream, which would keep its connection from the pool
                    .list()
                    .forEach(risk -> stored.put(risk.externalId(), risk));
            for (var row : chunk) {
                var risk = stored.get(key(row.externalId()));
                if (risk != null) {
                    sheet.matched(row, risk.id(), risk.siteId(), risk.voided(), risk.ownerPersonId());
                }
            }
        }
        sheet.requireOwners();
    }

    private record Stored(UUID id, String externalId, UUID siteId, UUID ownerPersonId, boolean voided) {}

    private Report write(RiskSheet sheet, Progress progress) {
        var viewer = sheet.viewer();
        var matrix = sheet.matrix();
        var now = references.now();
        int written = 0;
        int created = 0;
        var fresh = sheet.rows().stream().filter(row -> row.storedId() == null).toList();
        for (int from = 0; from < fresh.size(); from += CHUNK) {
            var chunk = new ArrayList<Risk>();
            for (var row : fresh.subList(from, Math.min(fresh.size(), from + CHUNK))) {
                var risk = Risk.identified(UUID.randomUUID(), row.details(), row.siteId(), now);
                if (row.likelihood() != null) {
                    risk.assess(matrix, new AssessRisk(row.likelihood(), row.severity(), null), viewer, now);
                }
                chunk.add(risk);
            }
            records.createAll(chunk, viewer);
            created += chunk.size();
            written += chunk.size();
            progress.written(written);
        }
        int updated = 0;
        var stored = sheet.rows().stream().filter(row -> row.storedId() != null).toList();
        for (int from = 0; from < stored.size(); from += CHUNK) {
            var chunk = stored.subList(from, Math.min(stored.size(), from + CHUNK));
            var loaded = new HashMap<UUID, Risk>();
            risks.findAllById(chunk.stream().map(RiskSheet.Row::storedId).toList())
                    .forEach(risk -> loaded.put(risk.id(), risk));
            for (var row : chunk) {
                var risk = loaded.get(row.storedId());
                if (changes(risk, row)) {
                    records.change(
                            risk,
                            dev.tandem.shared.Precondition.none(),
                            changed -> {
                                changed.revise(row.details(), row.siteId());
                                if (reassessed(changed, row)) {
                                    changed.assess(
                                            matrix,
                                            new AssessRisk(row.likelihood(), row.severity(), null),
                                            viewer,
                                            now);
                                }
                            },
                            viewer);
                    updated++;
                }
            }
            written += chunk.size();
            progress.written(written);
        }
        return new Report(created, updated, stored.size() - updated, List.of());
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

    static String key(String externalId) {
        return externalId.strip().toLowerCase(Locale.ROOT);
    }
}
