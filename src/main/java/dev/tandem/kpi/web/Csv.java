package dev.tandem.kpi.web;

import dev.tandem.shared.InvalidRequestException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
 * CSV as spreadsheets and scripts exchange it (RFC 4180): reading what people upload, and writing lists like
 * {@code Spreadsheets} writes workbooks, with the header in the reader's language.
 */
@Component
class Csv {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final MessageSource messages;

    Csv(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * Splits text into rows of cells; the separator is the comma, semicolon or tab, whichever the first line
     * uses most. Quoted cells may hold separators, doubled quotes and line breaks.
     */
    static List<List<String>> parse(String text) {
        var separator = separator(text);
        var rows = new ArrayList<List<String>>();
        var cells = new ArrayList<String>();
        var cell = new StringBuilder();
        boolean quoted = false;
        int row = 1;
        int quoteRow = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                quoteRow = row;
                cell.setLength(0);
            } else if (c == separator) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                rows.add(cells);
                cells = new ArrayList<>();
                cell.setLength(0);
                row++;
            } else {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new InvalidRequestException("file", "kpi.import.unclosedQuote", quoteRow);
        }
        if (!cell.isEmpty() || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(cells);
        }
        return rows;
    }

    private static char separator(String text) {
        int end = text.indexOf('\n');
        var firstLine = end < 0 ? text : text.substring(0, end);
        char best = ',';
        long most = firstLine.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long count = firstLine.chars().filter(c -> c == candidate).count();
            if (count > most) {
                best = candidate;
                most = count;
            }
        }
        return best;
    }

    /**
     * @param name the file name without date or extension
     * @param headerCodes message codes of the column headers
     * @param cells one row's values: text, numbers, null, or a message to show in the reader's language
     */
    <T> ResponseEntity<StreamingResponseBody> csv(
            String name, List<String> headerCodes, List<T> rows, Function<T, List<?>> cells) {
        var locale = LocaleContextHolder.getLocale();
        var header = headerCodes.stream()
                .map(code -> messages.getMessage(code, null, code, locale))
                .toList();
        StreamingResponseBody body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            // the byte order mark makes Excel read the file as UTF-8, so Cyrillic names survive a double click
            writer.write('\ufeff');
            writeLine(writer, new ArrayList<>(header));
            for (var row : rows) {
                var values = new ArrayList<Object>();
                for (var value : cells.apply(row)) {
                    values.add(
                            value instanceof MessageSourceResolvable resolvable
                                    ? messages.getMessage(resolvable, locale)
                                    : value);
                }
                writeLine(writer, values);
            }
            writer.flush();
        };
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name + "-" + LocalDate.now() + ".csv")
                                .build()
                                .toString())
                .body(body);
    }

    private static void writeLine(Writer writer, List<?> values) throws java.io.IOException {
        var line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(escape(values.get(i)));
        }
        writer.write(line.append("\r\n").toString());
    }

    private static String escape(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            if (number instanceof java.math.BigDecimal decimal) {
                return decimal.toPlainString();
            }
            return number instanceof Double || number instanceof Float
                    ? java.math.BigDecimal.valueOf(number.doubleValue()).toPlainString()
                    : number.toString();
        }
        var text = value.toString();
        // a cell a spreadsheet would run as a formula is written as text
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
