package dev.tandem.shared.imports;

import dev.tandem.shared.RowError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The wrong cells of one file as its rows are checked, each with its row, column and reason; at most
 * {@link #MAX_ERRORS} are listed, all are counted. A row's checks ({@link Row}) read its cells as text, days, yes or
 * no and whole numbers, and mark the row wrong with each wrong cell; an external id repeated within the file is wrong
 * too.
 */
public final class SheetCheck<C extends Enum<C> & SheetColumn> {

    /** Wrong cells listed; a file with more says how many more there were. */
    public static final int MAX_ERRORS = 10_000;

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> YES = Set.of("yes", "y", "да", "д", "true", "1", "x", "✓");
    private static final Set<String> NO = Set.of("no", "n", "нет", "н", "false", "0", "");
    private static final List<DateTimeFormatter> DATES =
            List.of(DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ofPattern("M/d/uuuu"));

    private final int maxRows;
    private final List<RowError> errors = new ArrayList<>();
    private final Map<String, Integer> externalIds = new HashMap<>();
    private int wrongCells;
    private int read;

    /** @param maxRows the rows one file may hold */
    public SheetCheck(int maxRows) {
        this.maxRows = maxRows;
    }

    /**
     * The checks of the next row, or null when the row is to be passed over: a row with every cell blank, or one past
     * the most a file may hold (the first of those is named in {@code column}).
     */
    public Row begin(int row, Map<C, String> cells, C column) {
        if (cells.values().stream().allMatch(cell -> cell == null || cell.isBlank())) {
            return null;
        }
        read++;
        if (read > maxRows) {
            if (read == maxRows + 1) {
                reject(row, column, "import.tooManyRows", maxRows);
            }
            return null;
        }
        return new Row(row, cells);
    }

    /** Rows read so far, blank ones left aside. */
    public int read() {
        return read;
    }

    /** Whether no row was read. */
    public boolean empty() {
        return read == 0;
    }

    /** Wrong cells found so far, listed or not. */
    public int wrongCells() {
        return wrongCells;
    }

    public void reject(int row, C column, String code, Object... arguments) {
        wrongCells++;
        if (errors.size() < MAX_ERRORS) {
            errors.add(RowError.of(row, column.key(), code, arguments));
        }
    }

    /** The wrong cells by row; empty when every row was right. */
    public List<RowError> errors() {
        var sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt(RowError::row));
        return List.copyOf(sorted);
    }

    /**
     * Finds the stored records that rows name by external id, some thousands of ids a query, and hands each row with
     * its stored record to {@code matched}.
     *
     * @param find the stored records of these external ids (lower case, as {@code storedId} answers them)
     */
    public static <R, S> void matchExternalIds(
            List<R> rows,
            Function<R, String> externalId,
            Function<String[], List<S>> find,
            Function<S, String> storedId,
            BiConsumer<R, S> matched) {
        for (int from = 0; from < rows.size(); from += 5000) {
            var chunk = rows.subList(from, Math.min(rows.size(), from + 5000));
            var stored = new HashMap<String, S>();
            find.apply(chunk.stream()
                            .map(row -> externalIdKey(externalId.apply(row)))
                            .toArray(String[]::new))
                    .forEach(record -> stored.put(storedId.apply(record), record));
            for (var row : chunk) {
                var record = stored.get(externalIdKey(externalId.apply(row)));
                if (record != null) {
                    matched.accept(row, record);
                }
            }
        }
    }

    /** An external id as compared: whatever its case, spaces at its ends left aside. */
    public static String externalIdKey(String externalId) {
        return externalId.strip().toLowerCase(Locale.ROOT);
    }

    /** A name as compared: case, spaces at the ends and runs of spaces inside left aside. */
    public static String key(String name) {
        return name == null ? "" : SPACES.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** The checks of one row, noting each wrong cell. */
    public final class Row {
        private final int row;
        private final Map<C, String> cells;
        private boolean wrong;

        Row(int row, Map<C, String> cells) {
            this.row = row;
            this.cells = cells;
        }

        /** The row as the spreadsheet numbers it. */
        public int number() {
            return row;
        }

        /** Whether a cell of the row is wrong. */
        public boolean wrong() {
            return wrong;
        }

        /** The cell stripped, or null when blank. */
        public String cell(C column) {
            var value = cells.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }

        public void reject(C column, String code, Object... arguments) {
            wrong = true;
            SheetCheck.this.reject(row, column, code, arguments);
        }

        public String text(C column, boolean required, int max) {
            var value = cell(column);
            if (value == null) {
                if (required) {
                    reject(column, "import.required");
                }
                return null;
            }
            if (value.length() > max) {
                reject(column, "import.tooLong", max);
                return null;
            }
            return value;
        }

        /**
         * A day: as a workbook's date cell gives it ({@code 2026-12-31}, perhaps with a time), or written {@code
         * 31.12.2026} or {@code 12/31/2026}.
         */
        public LocalDate date(C column, boolean required) {
            var text = text(column, required, 30);
            if (text == null) {
                return null;
            }
            var date = text.length() >= 10 && text.charAt(4) == '-' ? iso(text.substring(0, 10)) : local(text);
            if (date == null || date.getYear() < 1 || date.getYear() > 9999) {
                reject(column, "import.date", text);
                return null;
            }
            return date;
        }

        public boolean yesNo(C column) {
            var text = cells.get(column);
            var value = key(text);
            if (YES.contains(value)) {
                return true;
            }
            if (!NO.contains(value)) {
                reject(column, "import.yesNo", text.strip());
            }
            return false;
        }

        /** A whole number from 1 to {@code levels}, or null when blank. */
        public Integer level(C column, int levels) {
            var text = cell(column);
            if (text == null) {
                return null;
            }
            try {
                int level = new BigDecimal(text).intValueExact();
                if (level >= 1 && level <= levels) {
                    return level;
                }
            } catch (NumberFormatException | ArithmeticException notWhole) {
                // answered below
            }
            reject(column, "import.level", text, levels);
            return null;
        }

        /**
         * The record's external id, null when blank; one the file has in an earlier row is wrong.
         */
        public String externalId(C column, int max) {
            var externalId = text(column, false, max);
            if (externalId != null) {
                var first = externalIds.putIfAbsent(externalIdKey(externalId), row);
                if (first != null) {
                    reject(column, "import.repeatedExternalId", first);
                }
            }
            return externalId;
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
}
