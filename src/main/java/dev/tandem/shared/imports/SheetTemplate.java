package dev.tandem.shared.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * A workbook to fill in and import: the columns an import reads, headers in the reader's language, and a drop-down of
 * the choices of each column that has them, the lists on a hidden second sheet; date columns formatted as days.
 */
public final class SheetTemplate<C extends Enum<C> & SheetColumn> {

    private final List<C> columns;
    private final MessageSource messages;
    private final Locale locale;
    private final Map<C, List<String>> choices = new LinkedHashMap<>();
    private final List<C> dates = new ArrayList<>();
    private final List<Map<C, String>> rows = new ArrayList<>();

    public SheetTemplate(List<C> columns, MessageSource messages, Locale locale) {
        this.columns = List.copyOf(columns);
        this.messages = messages;
        this.locale = locale;
    }

    /** The column's cells are chosen from a drop-down of these. */
    public SheetTemplate<C> choices(C column, List<String> list) {
        choices.put(column, List.copyOf(list));
        return this;
    }

    /** The column holds days. */
    public SheetTemplate<C> dates(C column) {
        dates.add(column);
        return this;
    }

    /** Rows already filled in under the header, each by column (a missing or null cell left blank): an export. */
    public SheetTemplate<C> rows(List<? extends Map<C, String>> filled) {
        rows.addAll(filled);
        return this;
    }

    /**
     * @param sheetName the first sheet's name, in the reader's language
     * @param rows the rows the drop-downs reach down to
     */
    public void write(OutputStream out, String sheetName, int rows) throws IOException {
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet(sheetName);
            var lists = workbook.createSheet("lists");
            header(workbook, sheet);
            filled(sheet);
            int at = 0;
            for (var entry : choices.entrySet()) {
                list(sheet, lists, entry.getKey(), at++, entry.getValue(), rows);
            }
            workbook.setSheetHidden(1, true);
            workbook.write(out);
        }
    }

    private void header(XSSFWorkbook workbook, XSSFSheet sheet) {
        var bold = workbook.createCellStyle();
        var font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        var row = sheet.createRow(0);
        for (int column = 0; column < columns.size(); column++) {
            var text = messages.getMessage(columns.get(column).headerCode(), null, locale);
            var cell = row.createCell(column);
            cell.setCellValue(text);
            cell.setCellStyle(bold);
            sheet.setColumnWidth(column, 256 * Math.max(16, text.length() + 4));
        }
        var date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        dates.forEach(column -> sheet.setDefaultColumnStyle(columns.indexOf(column), date));
        sheet.createFreezePane(0, 1);
    }

    private void filled(XSSFSheet sheet) {
        for (int index = 0; index < rows.size(); index++) {
            var row = sheet.createRow(index + 1);
            for (int column = 0; column < columns.size(); column++) {
                var value = rows.get(index).get(columns.get(column));
                if (value != null) {
                    row.createCell(column).setCellValue(value);
                }
            }
        }
    }

    /** The choices of one column: written down a column of the hidden sheet, and a drop-down of the column. */
    private void list(XSSFSheet sheet, XSSFSheet lists, C column, int at, List<String> list, int rows) {
        for (int index = 0; index < list.size(); index++) {
            var row = lists.getRow(index) == null ? lists.createRow(index) : lists.getRow(index);
            row.createCell(at).setCellValue(list.get(index));
        }
        var letter = (char) ('A' + at);
        var range = "lists!$%c$1:$%c$%d".formatted(letter, letter, Math.max(1, list.size()));
        var helper = sheet.getDataValidationHelper();
        int index = columns.indexOf(column);
        var validation = helper.createValidation(
                helper.createFormulaListConstraint(range), new CellRangeAddressList(1, rows, index, index));
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setShowErrorBox(true);
        validation.createErrorBox(
                messages.getMessage(column.headerCode(), null, locale),
                messages.getMessage("import.chooseFromList", null, locale));
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
    }
}
