package dev.tandem.risk;

import static dev.tandem.risk.sheet.RiskColumn.ACTIVITY;
import static dev.tandem.risk.sheet.RiskColumn.AREA;
import static dev.tandem.risk.sheet.RiskColumn.CATEGORY;
import static dev.tandem.risk.sheet.RiskColumn.CONSEQUENCE;
import static dev.tandem.risk.sheet.RiskColumn.EXTERNAL_ID;
import static dev.tandem.risk.sheet.RiskColumn.FATAL;
import static dev.tandem.risk.sheet.RiskColumn.HAZARD;
import static dev.tandem.risk.sheet.RiskColumn.LIKELIHOOD;
import static dev.tandem.risk.sheet.RiskColumn.OWNER;
import static dev.tandem.risk.sheet.RiskColumn.REVIEW_DATE;
import static dev.tandem.risk.sheet.RiskColumn.SEVERITY;
import static dev.tandem.risk.sheet.RiskColumn.SITE;
import static dev.tandem.risk.sheet.RiskColumn.UNWANTED_EVENT;

import dev.tandem.risk.matrix.RiskMatrix;
import dev.tandem.risk.sheet.RiskColumn;
import dev.tandem.shared.RowError;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.imports.SheetCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The rows of one import as they are read, each checked at once against the plant's names and the current matrix;
 * every wrong cell is kept with its row and column. Rows are kept in a compact form until the import writes them.
 */
final class RiskSheet {

    /** A row that was right, in the form the import writes it. */
    static final class Row {
        private final int row;
        private IdentifyRisk details;
        private final UUID siteId;
        private final Integer likelihood;
        private final Integer severity;
        private final List<UUID> owners;
        private UUID storedId;

        Row(int row, IdentifyRisk details, UUID siteId, Integer likelihood, Integer severity, List<UUID> owners) {
            this.row = row;
            this.details = details;
            this.siteId = siteId;
            this.likelihood = likelihood;
            this.severity = severity;
            this.owners = owners;
        }

        String externalId() {
            return details.externalId();
        }

        IdentifyRisk details() {
            return details;
        }

        UUID siteId() {
            return siteId;
        }

        Integer likelihood() {
            return likelihood;
        }

        Integer severity() {
            return severity;
        }

        /** The stored risk the row changes; null for a new one. */
        UUID storedId() {
            return storedId;
        }
    }

    private final RiskSheetNames names;
    private final RiskMatrix matrix;
    private final Viewer viewer;
    private final List<Row> rows = new ArrayList<>();
    private final SheetCheck<RiskColumn> check = new SheetCheck<>(RiskImporter.MAX_ROWS);

    RiskSheet(RiskSheetNames names, RiskMatrix matrix, Viewer viewer) {
        this.names = names;
        this.matrix = matrix;
        this.viewer = viewer;
    }

    /** Rows read so far. */
    int read() {
        return check.read();
    }

    /**
     * Checks one row of the file, given by column; a row with every cell blank is skipped.
     *
     * @param row the row as the spreadsheet numbers it (the header is row 1)
     */
    void add(int row, Map<RiskColumn, String> cells) {
        var cell = check.begin(row, cells, EXTERNAL_ID);
        if (cell == null) {
            return;
        }
        var externalId = cell.externalId(EXTERNAL_ID, 100);
        var site = site(cell);
        var areaId = site == null ? null : area(cell, site);
        var activity = cell.text(ACTIVITY, true, 300);
        var category = category(cell);
        var hazard = cell.text(HAZARD, true, 1000);
        var unwanted = cell.text(UNWANTED_EVENT, true, 1000);
        var consequence = cell.text(CONSEQUENCE, true, 1000);
        var owners = owners(cell);
        var review = cell.date(REVIEW_DATE, true);
        var fatal = cell.yesNo(FATAL);
        var likelihood = cell.level(LIKELIHOOD, matrix.likelihoodLevels());
        var severity = cell.level(SEVERITY, matrix.severityLevels());
        if ((cell.cell(LIKELIHOOD) == null) != (cell.cell(SEVERITY) == null)) {
            cell.reject(cell.cell(LIKELIHOOD) == null ? LIKELIHOOD : SEVERITY, "risk.import.bothLevels");
        }
        if (cell.wrong()) {
            return;
        }
        var details = new IdentifyRisk(
                null,
                externalId,
                areaId,
                activity,
                category,
                hazard,
                unwanted,
                consequence,
                owners.size() == 1 ? owners.get(0) : null,
                review,
                fatal);
        rows.add(new Row(row, details, site.id(), likelihood, severity, owners));
    }

    private RiskSheetNames.NamedSite site(SheetCheck<RiskColumn>.Row cell) {
        var name = cell.text(SITE, true, 300);
        if (name == null) {
            return null;
        }
        var site = names.site(name);
        if (site.isEmpty()) {
            cell.reject(SITE, "risk.import.noSuchSite", name);
            return null;
        }
        if (!RiskAccess.canKeep(viewer, site.get().id())) {
            cell.reject(SITE, "risk.import.siteNotKept", site.get().name());
            return null;
        }
        return site.get();
    }

    private UUID area(SheetCheck<RiskColumn>.Row cell, RiskSheetNames.NamedSite site) {
        var name = cell.text(AREA, true, 300);
        if (name == null) {
            return null;
        }
        var area = site.areas().get(SheetCheck.key(name));
        if (area == null) {
            cell.reject(AREA, "risk.import.noSuchArea", name, site.name());
        }
        return area;
    }

    private UUID category(SheetCheck<RiskColumn>.Row cell) {
        var name = cell.text(CATEGORY, true, 300);
        if (name == null) {
            return null;
        }
        var category = names.category(name);
        if (category.isEmpty()) {
            cell.reject(CATEGORY, "risk.import.noSuchCategory", name);
            return null;
        }
        return category.get();
    }

    private List<UUID> owners(SheetCheck<RiskColumn>.Row cell) {
        var name = cell.text(OWNER, true, 300);
        if (name == null) {
            return List.of();
        }
        var owners = names.owners(name);
        if (owners.isEmpty()) {
            cell.reject(OWNER, "risk.import.noSuchOwner", name);
        }
        return owners;
    }

    /** A row whose external id names a stored risk: it changes that risk, if the importer may. */
    void matched(Row row, UUID storedId, UUID storedSite, boolean voided, UUID storedOwner) {
        if (voided) {
            check.reject(row.row, EXTERNAL_ID, "risk.import.voidedRisk", row.externalId());
        } else if (!RiskAccess.canKeep(viewer, storedSite)) {
            check.reject(row.row, EXTERNAL_ID, "risk.import.riskNotKept", row.externalId());
        }
        row.storedId = storedId;
        if (row.details.ownerPersonId() == null && row.owners.contains(storedOwner)) {
            // a name several people share, as the export wrote it: the risk keeps the owner it has
            row.details = row.details.withOwner(storedOwner);
        }
    }

    /** Every row names one owner, or is wrong. */
    void requireOwners() {
        for (var row : rows) {
            if (row.details.ownerPersonId() == null) {
                check.reject(row.row, OWNER, "risk.import.ambiguousOwner");
            }
        }
    }

    List<Row> rows() {
        return rows;
    }

    List<Row> withExternalId() {
        return rows.stream().filter(row -> row.externalId() != null).toList();
    }

    /** The wrong cells, by row; empty when every row was right. */
    List<RowError> errors() {
        return check.errors();
    }

    SheetCheck<RiskColumn> check() {
        return check;
    }

    /** Whether no row was read. */
    boolean empty() {
        return check.empty();
    }

    RiskMatrix matrix() {
        return matrix;
    }

    Viewer viewer() {
        return viewer;
    }
}
