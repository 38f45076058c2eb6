package dev.tandem.kpi.web;

import dev.tandem.kpi.HoursLine;
import dev.tandem.shared.InvalidRequestException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Reads an uploaded hours file, CSV (UTF-8; comma, semicolon or tab separated) or Excel (the first sheet), into
 * lines of text. The first row names the columns, in the order of {@link HoursLine#COLUMNS}, in English or
 * Russian as an export writes them. A file that cannot be read at all is refused as a whole with a clear reason;
 * what is wrong in single cells is for {@code HoursRegister} to list.
 */
@Component
class HoursFiles {

    static final int MAX_ROWS = 10_000;

    private final Map<String, String> columnNames = new HashMap<>();

    HoursFiles(MessageSource messages) {
        for (var column : HoursLine.COLUMNS) {
            columnNames.put(normalised(column), column);
            for (var language : List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"))) {
                columnNames.put(normalised(messages.getMessage("hours.column." + column, null, language)), column);
            }
        }
        columnNames.put("organization", "organisation");
        columnNames.put("sitecode", "site");
        columnNames.put("headcount", "averageHeadcount");
    }

    List<HoursLine> read(MultipartFile file) {
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new InvalidRequestException("file", "kpi.import.unreadable");
        }
        if (content.length == 0) {
            throw new InvalidRequestException("file", "kpi.import.empty");
        }
        var rows = isZip(content) ? workbookRows(content) : Csv.parse(text(content));
        return lines(rows);
    }

    private List<HoursLine> lines(List<List<String>> rows) {
        if (rows.isEmpty()) {
            throw new InvalidRequestException("file", "kpi.import.empty");
        }
        checkHeader(rows.get(0));
        var lines = new ArrayList<HoursLine>();
        for (int index = 1; index < rows.size(); index++) {
            var cells = rows.get(index);
            if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                continue;
            }
            int row = index + 1;
            if (cells.size() > HoursLine.COLUMNS.size()
                    && cells.subList(HoursLine.COLUMNS.size(), cells.size()).stream()
                            .anyMatch(cell -> cell != null && !cell.isBlank())) {
                throw new InvalidRequestException("file", "kpi.import.tooManyCells", row, HoursLine.COLUMNS.size());
            }
            if (lines.size() == MAX_ROWS) {
                throw new InvalidRequestException("file", "kpi.import.tooManyRows", MAX_ROWS);
            }
            lines.add(
                    new HoursLine(row, cell(cells, 0), cell(cells, 1), cell(cells, 2), cell(cells, 3), cell(cells, 4)));
        }
        if (lines.isEmpty()) {
            throw new InvalidRequestException("file", "kpi.import.empty");
        }
        return lines;
    }

    private void checkHeader(List<String> header) {
        var named = header.stream()
                .map(cell -> cell == null ? "" : cell)
                .map(cell -> columnNames.getOrDefault(normalised(cell), "?"))
                .toList();
        var trimmed = new ArrayList<>(named);
        while (!trimmed.isEmpty()
                && trimmed.get(trimmed.size() - 1).equals("?")
                && header.get(trimmed.size() - 1).isBlank()) {
            trimmed.remove(trimmed.size() - 1);
        }
        if (!trimmed.equals(HoursLine.COLUMNS)) {
            throw new InvalidRequestException("file", "kpi.import.columns", String.join(", ", header));
        }
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index) : null;
    }

    private static String normalised(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static boolean isZip(byte[] content) {
        return content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
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
            throw new InvalidRequestException("file", "kpi.import.encoding");
        }
    }

    private static List<List<String>> workbookRows(byte[] content) {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new InvalidRequestException("file", "kpi.import.empty");
            }
            var sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS + 1) {
                throw new InvalidRequestException("file", "kpi.import.tooManyRows", MAX_ROWS);
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
            throw new InvalidRequestException("file", "kpi.import.unreadable");
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        var type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? YearMonth.from(cell.getLocalDateTimeCellValue()).toString()
                        : java.math.BigDecimal.valueOf(cell.getNumericCellValue())
                                .stripTrailingZeros()
                                .toPlainString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
