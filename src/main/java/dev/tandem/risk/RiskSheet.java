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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The rows of one import as they are read, each checked at once against the plant's names and the current matrix;
 * every wrong cell is kept with its row and column. Rows are kept in a compact form until the import writes them.
 */
public final class RiskSheet {

    /** Rows one file may hold. */
    public static final int MAX_ROWS = 100_000;

    /** Wrong cells listed; a file with more says how many more there were. */
    public static final int MAX_ERRORS = 10_000;

    private static final Set<String> YES = Set.of("yes", "y", "да", "д", "true", "1", "x", "✓");
    private static final Set<String> NO = Set.of("no", "n", "нет", "н", "false", "0", "");
    private static final List<DateTimeFormatter> DATES =
            List.of(DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ofPattern("M/d/uuuu"));

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
    private final List<RowError> errors = new ArrayList<>();
    private final Map<String, Integer> externalIds = new HashMap<>();
    private int wrongCells;
    private int read;

    RiskSheet(RiskSheetNames names, RiskMatrix matrix, Viewer viewer) {
        this.names = names;
        this.matrix = matrix;
        this.viewer = viewer;
    }

    /** Rows read so far. */
    public int read() {
        return read;
    }

    /** Wrong cells found so far, listed or not. */
    public int wrongCells() {
        return wrongCells;
    }

    /**
     * Checks one row of the file, given by column; a row with every cell blank is skipped.
     *
     * @param row the row as the spreadsheet numbers it (the header is row 1)
     */
    public void add(int row, Map<RiskColumn, String> cells) {
        if (cells.values().stream().allMatch(cell -> cell == null || cell.isBlank())) {
            return;
        }
        read++;
        if (read > MAX_ROWS) {
            if (read == MAX_ROWS + 1) {
                reject(row, EXTERNAL_ID, "risk.import.tooManyRows", MAX_ROWS);
            }
            return;
        }
        var check = new Check(row, cells);
        var externalId = check.text(EXTERNAL_ID, false, 100);
        var site = check.site();
        var areaId = site == null ? null : check.area(site);
        var activity = check.text(ACTIVITY, true, 300);
        var category = check.category();
        var hazard = check.text(HAZARD, true, 1000);
        var unwanted = check.text(UNWANTED_EVENT, true, 1000);
        var consequence = check.text(CONSEQUENCE, true, 1000);
        var owners = check.owners();
        var review = check.date(REVIEW_DATE);
        var fatal = check.yesNo(FATAL);
        var likelihood = check.level(LIKELIHOOD, matrix.likelihoodLevels());
        var severity = check.level(SEVERITY, matrix.severityLevels());
        if ((check.cell(LIKELIHOOD) == null) != (check.cell(SEVERITY) == null)) {
            check.reject(check.cell(LIKELIHOOD) == null ? LIKELIHOOD : SEVERITY, "risk.import.bothLevels");
        }
        if (externalId != null) {
            var first = externalIds.putIfAbsent(RiskImport.key(externalId), row);
            if (first != null) {
                check.reject(EXTERNAL_ID, "risk.import.repeatedExternalId", first);
            }
        }
        if (check.wrong) {
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

    /** The checks of one row, noting each wrong cell. */
    private final class Check {
        private final int row;
        private final Map<RiskColumn, String> cells;
        private boolean wrong;

        Check(int row, Map<RiskColumn, String> cells) {
            this.row = row;
            this.cells = cells;
        }

        String cell(RiskColumn column) {
            var value = cells.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }

        void reject(RiskColumn column, String code, Object... arguments) {
            wrong = true;
            RiskSheet.this.reject(row, column, code, arguments);
        }

        String text(RiskColumn column, boolean required, int max) {
            var value = cell(column);
            if (value == null) {
                if (required) {
                    reject(column, "risk.import.required");
                }
                return null;
            }
            if (value.length() > max) {
                reject(column, "risk.import.tooLong", max);
                return null;
            }
            return value;
        }

        RiskSheetNames.NamedSite site() {
            var name = text(SITE, true, 300);
            if (name == null) {
                return null;
            }
            var site = names.site(name);
            if (site.isEmpty()) {
                reject(SITE, "risk.import.noSuchSite", name);
                return null;
            }
            if (!RiskAccess.canKeep(viewer, site.get().id())) {
                reject(SITE, "risk.import.siteNotKept", site.get().name());
                return null;
            }
            return site.get();
        }

        UUID area(RiskSheetNames.NamedSite site) {
            var name = text(AREA, true, 300);
            if (name == null) {
                return null;
            }
            var area = site.areas().get(RiskSheetNames.key(name));
            if (area == null) {
                reject(AREA, "risk.import.noSuchArea", name, site.name());
            }
            return area;
        }

        UUID category() {
            var name = text(CATEGORY, true, 300);
            if (name == null) {
                return null;
            }
            var category = names.category(name);
            if (category.isEmpty()) {
                reject(CATEGORY, "risk.import.noSuchCategory", name);
                return null;
            }
            return category.get();
        }

        List<UUID> owners() {
            var name = text(OWNER, true, 300);
            if (name == null) {
                return List.of();
            }
            var owners = names.owners(name);
            if (owners.isEmpty()) {
                reject(OWNER, "risk.import.noSuchOwner", name);
            }
            return owners;
        }

        LocalDate date(RiskColumn column) {
            var text = text(column, true, 30);
            if (text == null) {
                return null;
            }
            var date = text.length() >= 10 && text.charAt(4) == '-' ? iso(text.substring(0, 10)) : local(text);
            if (date == null || date.getYear() < 1 || date.getYear() > 9999) {
                reject(column, "risk.import.date", text);
            }
            return date;
        }

        Boolean yesNo(RiskColumn column) {
            var text = cells.get(column);
            var value = text == null ? "" : RiskSheetNames.key(text);
            if (YES.contains(value)) {
                return true;
            }
            if (!NO.contains(value)) {
                reject(column, "risk.import.yesNo", text.strip());
            }
            return false;
        }

        Integer level(RiskColumn column, int levels) {
            var text = cell(column);
            if (text == null) {
                return null;
            }
            try {
                int level = new java.math.BigDecimal(text).intValueExact();
                if (level >= 1 && level <= levels) {
                    return level;
                }
            } catch (NumberFormatException | ArithmeticException notWhole) {
                // answered below
            }
            reject(column, "risk.import.level", text, levels);
            return null;
        }
    }

    private static LocalDate iso(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate local(String text) {
        for (var format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // the next format
            }
        }
        return null;
    }

    private void reject(int row, RiskColumn column, String code, Object... arguments) {
        wrongCells++;
        if (errors.size() < MAX_ERRORS) {
            errors.add(RowError.of(row, column.key(), code, arguments));
        }
    }

    /** A row whose external id names a stored risk: it changes that risk, if the importer may. */
    void matched(Row row, UUID storedId, UUID storedSite, boolean voided, UUID storedOwner) {
        if (voided) {
            reject(row.row, EXTERNAL_ID, "risk.import.voidedRisk", row.externalId());
        } else if (!RiskAccess.canKeep(viewer, storedSite)) {
            reject(row.row, EXTERNAL_ID, "risk.import.riskNotKept", row.externalId());
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
                reject(row.row, OWNER, "risk.import.ambiguousOwner");
            }
        }
        errors.sort(java.util.Comparator.comparingInt(RowError::row));
    }

    List<Row> rows() {
        return rows;
    }

    List<Row> withExternalId() {
        return rows.stream().filter(row -> row.externalId() != null).toList();
    }

    /** The wrong cells, by row; empty when every row was right. */
    public List<RowError> errors() {
        return List.copyOf(errors);
    }

    /** Whether no row was read. */
    public boolean empty() {
        return read == 0;
    }

    RiskMatrix matrix() {
        return matrix;
    }

    Viewer viewer() {
        return viewer;
    }
}
