package dev.tandem.shared.web;

import dev.tandem.shared.InvalidRequestException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Lists as Excel workbooks or CSV files: a header row in the reader's language (bold and filterable in a workbook),
 * one row per record, streamed so that a large export does not sit in memory.
 */
@Component
public class Spreadsheets {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static final int ROWS_IN_MEMORY = 200;

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    /**
     * First characters that make a spreadsheet run a CSV cell as a formula: {@code = + - @}, their full-width forms
     * (Excel reads those as formulas too), and tab and carriage return; such a cell is written as text behind a
     * quote mark. A workbook needs no guard: its cells are typed, and text is never a formula.
     */
    private static final String FORMULA_STARTERS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20\t\r";

    /** The two file formats of an export. */
    public enum Format {
        XLSX,
        CSV;

        /** A format as a request names it, in any case; a workbook when none is named. */
        public static Format of(String text) {
            if (text == null || text.isBlank()) {
                return XLSX;
            }
            for (var format : values()) {
                if (format.name().equalsIgnoreCase(text.trim())) {
                    return format;
                }
            }
            throw new InvalidRequestException("format", "rule.exportFormat");
        }
    }

    /**
     * Rows handed over one at a time while the file is written, for a list too long to hold (it may read them from a
     * database cursor as they are written).
     */
    @FunctionalInterface
    public interface Rows<T> {
        void forEach(Consumer<T> row);
    }

    private final MessageSource messages;

    Spreadsheets(MessageSource messages) {
        this.messages = messages;
    }

    /** An export in the format a request names ({@code xlsx}, the default, or {@code csv}); see {@link #xlsx}. */
    public <T> ResponseEntity<StreamingResponseBody> export(
            String format, String name, List<String> headerCodes, List<T> rows, Function<T, List<?>> cells) {
        return streamed(format, name, headerCodes, rows::forEach, cells);
    }

    /** The same, with rows handed over while the file is written: no row count is held or capped here. */
    public <T> ResponseEntity<StreamingResponseBody> streamed(
            String format, String name, List<String> headerCodes, Rows<T> rows, Function<T, List<?>> cells) {
        return Format.of(format) == Format.CSV
                ? csv(name, headerCodes, rows, cells)
                : xlsx(name, headerCodes, rows, cells);
    }

    /**
     * A CSV file (RFC 4180, UTF-8 with a byte order mark so that Excel reads Cyrillic right) in the dialect of the
     * reader's language: a Russian Excel splits columns at {@code ;} and reads {@code 1,5} as a number, an English
     * one splits at {@code ,} and reads {@code 1.5}. Dates and times are written {@code 2026-01-31 08:30}, which both read
     * as dates.
     */
    public <T> ResponseEntity<StreamingResponseBody> csv(
            String name, List<String> headerCodes, List<T> rows, Function<T, List<?>> cells) {
        return csv(name, headerCodes, rows::forEach, cells);
    }

    private <T> ResponseEntity<StreamingResponseBody> csv(
            String name, List<String> headerCodes, Rows<T> rows, Function<T, List<?>> cells) {
        var locale = LocaleContextHolder.getLocale();
        var dialect = CsvDialect.of(locale);
        Function<Object, Object> text = value -> cellText(value, locale);
        StreamingResponseBody body = out -> {
            var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            writeCsvLine(
                    writer,
                    headerCodes.stream()
                            .map(code -> messages.getMessage(code, null, code, locale))
                            .toList(),
                    text,
                    dialect);
            rows.forEach(row -> {
                try {
                    writeCsvLine(writer, cells.apply(row), text, dialect);
                } catch (IOException failure) {
                    throw new UncheckedIOException(failure);
                }
            });
            writer.flush();
        };
        return attachment(name, "csv", CSV, body);
    }

    /** The separators of a CSV file as the reader's spreadsheet expects them. */
    record CsvDialect(char separator, char decimal) {

        static CsvDialect of(Locale locale) {
            return "ru".equals(locale.getLanguage()) ? new CsvDialect(';', ',') : new CsvDialect(',', '.');
        }
    }

    /** What a CSV cell says of a value that is not plain text: a label, yes or no, a date. */
    private Object cellText(Object value, Locale locale) {
        if (value instanceof MessageSourceResolvable resolvable) {
            return messages.getMessage(resolvable, locale);
        }
        if (value instanceof Boolean flag) {
            return messages.getMessage(flag ? "export.yes" : "export.no", null, locale);
        }
        if (value instanceof LocalDateTime time) {
            // seconds only when there are any, so that a dispatch export uploads again exactly
            return time.toString().replace('T', ' ');
        }
        return value;
    }

    private static void writeCsvLine(Writer writer, List<?> values, Function<Object, Object> text, CsvDialect dialect)
            throws IOException {
        for (int column = 0; column < values.size(); column++) {
            if (column > 0) {
                writer.write(dialect.separator());
            }
            writer.write(csvCell(text.apply(values.get(column)), dialect));
        }
        writer.write("\r\n");
    }

    private static String csvCell(Object value, CsvDialect dialect) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            var plain = number instanceof BigDecimal decimal
                    ? decimal.toPlainString()
                    : number instanceof Double || number instanceof Float
                            ? BigDecimal.valueOf(number.doubleValue()).toPlainString()
                            : number.toString();
            return plain.replace('.', dialect.decimal());
        }
        var text = value.toString();
        if (!text.isEmpty() && FORMULA_STARTERS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(dialect.separator()) >= 0
                || text.contains("\"")
                || text.contains("\n")
                || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private static ResponseEntity<StreamingResponseBody> attachment(
            String name, String extension, MediaType type, StreamingResponseBody body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name + "-" + LocalDate.now() + "." + extension)
                                .build()
                                .toString())
                .body(body);
    }

    /**
     * @param name the file name without date or extension, such as {@code people}
     * @param headerCodes message codes of the column headers
     * @param cells the cell values of one row, in header order: text, numbers, booleans (yes or no in the reader's
     *     language), dates ({@link LocalDate}), local times ({@link LocalDateTime}, already in the zone the reader
     *     should see), null, or a message code to show in the reader's language
     */
    public <T> ResponseEntity<StreamingResponseBody> xlsx(
            String name, List<String> headerCodes, List<T> rows, Function<T, List<?>> cells) {
        return xlsx(name, headerCodes, rows::forEach, cells);
    }

    private <T> ResponseEntity<StreamingResponseBody> xlsx(
            String name, List<String> headerCodes, Rows<T> rows, Function<T, List<?>> cells) {
        var locale = LocaleContextHolder.getLocale();
        var headers = headerCodes.stream()
                .map(code -> messages.getMessage(code, null, code, locale))
                .toList();
        Function<MessageSourceResolvable, String> label = resolvable -> messages.getMessage(resolvable, locale);
        StreamingResponseBody body = out -> write(out, headers, rows, cells, label, yesNo(locale));
        return attachment(name, "xlsx", XLSX, body);
    }

    private static <T> void write(
            OutputStream out,
            List<String> headers,
            Rows<T> rows,
            Function<T, List<?>> cells,
            Function<MessageSourceResolvable, String> label,
            String[] yesNo)
            throws IOException {
        try (var workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            var sheet = workbook.createSheet();
            writeHeader(workbook, sheet, headers);
            var styles = new CellStyles(workbook);
            int[] written = {0};
            rows.forEach(row -> writeRow(sheet.createRow(++written[0]), cells.apply(row), label, yesNo, styles));
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(written[0], 1), 0, headers.size() - 1));
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static void writeHeader(SXSSFWorkbook workbook, Sheet sheet, List<String> headers) {
        var bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        var header = sheet.createRow(0);
        for (int column = 0; column < headers.size(); column++) {
            var cell = header.createCell(column);
            cell.setCellValue(headers.get(column));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(column, 256 * Math.max(14, headers.get(column).length() + 4));
        }
        sheet.createFreezePane(0, 1);
    }

    /** "Yes" and "no" in the reader's language: a workbook shows them, not TRUE and FALSE. */
    private String[] yesNo(Locale locale) {
        return new String[] {
            messages.getMessage("export.yes", null, locale), messages.getMessage("export.no", null, locale)
        };
    }

    /**
     * Date cells are numbers with a date format, so that a spreadsheet sorts, filters and computes with them. Every
     * other cell is given the workbook's default style outright: a cell without one has POI look its column's style up
     * in the sheet's column definitions (which the widths create) as it writes the cell, which took 40 % of an export's
     * time.
     */
    private static final class CellStyles {

        final CellStyle plain;
        final CellStyle date;
        final CellStyle time;

        CellStyles(SXSSFWorkbook workbook) {
            plain = workbook.getCellStyleAt(0);
            var format = workbook.createDataFormat();
            date = workbook.createCellStyle();
            date.setDataFormat(format.getFormat("yyyy-mm-dd"));
            time = workbook.createCellStyle();
            time.setDataFormat(format.getFormat("yyyy-mm-dd hh:mm"));
        }
    }

    private static void writeRow(
            Row row,
            List<?> values,
            Function<MessageSourceResolvable, String> label,
            String[] yesNo,
            CellStyles styles) {
        for (int column = 0; column < values.size(); column++) {
            var value = values.get(column);
            var cell = row.createCell(column);
            cell.setCellStyle(styles.plain);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Boolean flag) {
                cell.setCellValue(flag ? yesNo[0] : yesNo[1]);
            } else if (value instanceof LocalDateTime time) {
                cell.setCellValue(time);
                cell.setCellStyle(styles.time);
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(styles.date);
            } else if (value instanceof MessageSourceResolvable resolvable) {
                cell.setCellValue(label.apply(resolvable));
            } else if (value != null) {
                cell.setCellValue(value.toString());
            }
        }
    }
}
