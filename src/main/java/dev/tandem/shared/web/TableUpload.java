package dev.tandem.shared.web;

import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Languages;
import dev.tandem.shared.imports.CsvRows;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reads an uploaded table, CSV (UTF-8; comma, semicolon or tab separated) or Excel (the first sheet), into rows of
 * text. The first row names the columns in the expected order, by their names or by their headers in English or
 * Russian as an export writes them. A file that cannot be read at all is refused as a whole with a clear reason
 * (field {@code file}); what is wrong in single cells is for the module that reads the rows to list.
 */
@Component
public class TableUpload {

    public static final int MAX_ROWS = 10_000;

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final MessageSource messages;

    TableUpload(MessageSource messages) {
        this.messages = messages;
    }

    /** One row of a table: its number as a spreadsheet shows it (the header is row 1) and its cells as text. */
    public record TableRow(int row, List<String> cells) {

        public TableRow {
            cells = Collections.unmodifiableList(new ArrayList<>(cells));
        }

        /** The cell of a column, or null when the row is shorter. */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : null;
        }
    }

    /**
     * @param columns the names of the columns, in order
     * @param headerCodes the message code prefix of the column headers: {@code prefix + name}
     * @return the rows after the header that hold anything, at most {@link #MAX_ROWS}
     */
    public List<TableRow> read(MultipartFile file, List<String> columns, String headerCodes) {
        return read(file, columns, headerCodes, Map.of());
    }

    /** The same, accepting other names for some columns as well ({@code "headcount"} for the average headcount). */
    public List<TableRow> read(
            MultipartFile file, List<String> columns, String headerCodes, Map<String, String> otherNames) {
        byte[] content;
        try {
            content = file == null ? new byte[0] : file.getBytes();
        } catch (IOException e) {
            throw new InvalidRequestException("file", "upload.unreadable");
        }
        if (content.length == 0) {
            throw new InvalidRequestException("file", "upload.empty");
        }
        var rows = isZip(content) ? workbookRows(content) : csv(text(content));
        if (rows.isEmpty()) {
            throw new InvalidRequestException("file", "upload.empty");
        }
        checkHeader(rows.get(0), columns, headerCodes, otherNames);
        var table = new ArrayList<TableRow>();
        for (int index = 1; index < rows.size(); index++) {
            var cells = rows.get(index);
            if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                continue;
            }
            int row = index + 1;
            if (cells.size() > columns.size()
                    && cells.subList(columns.size(), cells.size()).stream()
                            .anyMatch(cell -> cell != null && !cell.isBlank())) {
                throw new InvalidRequestException("file", "upload.tooManyCells", row, columns.size());
            }
            if (table.size() == MAX_ROWS) {
                throw new InvalidRequestException("file", "upload.tooManyRows", MAX_ROWS);
            }
            table.add(new TableRow(row, cells));
        }
        if (table.isEmpty()) {
            throw new InvalidRequestException("file", "upload.empty");
        }
        return table;
    }

    private void checkHeader(
            List<String> header, List<String> columns, String headerCodes, Map<String, String> otherNames) {
        var names = new HashMap<String, String>();
        otherNames.forEach((name, column) -> names.put(normalised(name), column));
        for (var column : columns) {
            names.put(normalised(column), column);
            for (var language : Languages.SUPPORTED) {
                names.put(normalised(messages.getMessage(headerCodes + column, null, column, language)), column);
            }
        }
        var named = new ArrayList<String>();
        for (var cell : header) {
            named.add(names.getOrDefault(normalised(cell), "?"));
        }
        while (!named.isEmpty()
                && named.get(named.size() - 1).equals("?")
                && (header.get(named.size() - 1) == null
                        || header.get(named.size() - 1).isBlank())) {
            named.remove(named.size() - 1);
        }
        if (!named.equals(columns)) {
            var locale = LocaleContextHolder.getLocale();
            var expected = columns.stream()
                    .map(column -> messages.getMessage(headerCodes + column, null, column, locale))
                    .toList();
            throw new InvalidRequestException(
                    "file", "upload.columns", String.join(", ", expected), String.join(", ", header));
        }
    }

    private static String normalised(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static boolean isZip(byte[] content) {
        return content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static List<List<String>> csv(String text) {
        var rows = new ArrayList<List<String>>();
        try {
            CsvRows.read(new java.io.StringReader(text), (row, cells) -> rows.add(cells));
        } catch (IOException unreadable) {
            throw new InvalidRequestException("file", "upload.unreadable");
        }
        return rows;
    }

    /** Strict UTF-8: a file saved in another encoding is refused, never read as garbled names. */
    private static String text(byte[] content) {
        try {
            var text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.startsWith("\ufeff") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidRequestException("file", "upload.encoding");
        }
    }

    private static List<List<String>> workbookRows(byte[] content) {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new InvalidRequestException("file", "upload.empty");
            }
            var sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS + 1) {
                throw new InvalidRequestException("file", "upload.tooManyRows", MAX_ROWS);
            }
            var rows = new ArrayList<List<String>>();
            for (int index = 0; index <= sheet.getLastRowNum(); index++) {
                var row = sheet.getRow(index);
                var cells = new ArrayList<String>();
                if (row != null) {
                    for (int column = 0; column < Math.max(row.getLastCellNum(), 0); column++) {
                        cells.add(text(row.getCell(column)));
                    }
                }
                rows.add(cells);
            }
            return rows;
        } catch (InvalidRequestException e) {
            throw e;
        } catch (Exception unreadable) {
            // POI signals a damaged or foreign file with many unchecked exception types
            throw new InvalidRequestException("file", "upload.unreadable");
        }
    }

    /** A cell as text; a date cell as a local date and time, {@code yyyy-MM-dd HH:mm:ss}. */
    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        var type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? LOCAL_TIME.format(cell.getLocalDateTimeCellValue())
                        : BigDecimal.valueOf(cell.getNumericCellValue())
                                .stripTrailingZeros()
                                .toPlainString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
