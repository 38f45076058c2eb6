package dev.tandem.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class SpreadsheetsTests {

    static final List<String> FORMULAS = List.of(
            "=1+1", "+1", "-1+1", "@SUM(A1)", "＝HYPERLINK(\"http://x\")", "＋1", "－1", "＠SUM(A1)", "\t=1", "\r=1");

    final Spreadsheets spreadsheets = new Spreadsheets(labels());

    /** Column headers and labels as their codes: the guard is what is under test, not the words. */
    private static StaticMessageSource labels() {
        var messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        return messages;
    }

    @Test
    void noCsvCellStartsAsAFormulaInAnyWidth() throws Exception {
        var out = new ByteArrayOutputStream();
        spreadsheets.csv("test", List.of("text"), FORMULAS, List::of).getBody().writeTo(out);

        var lines = out.toString(StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines).hasSize(FORMULAS.size() + 1);
        for (int row = 1; row < lines.length; row++) {
            assertThat(lines[row].replaceFirst("^\"", ""))
                    .as(FORMULAS.get(row - 1))
                    .startsWith("'");
        }
    }

    @Test
    void aWorkbookKeepsFormulaLikeTextAsText() throws Exception {
        var out = new ByteArrayOutputStream();
        spreadsheets.xlsx("test", List.of("text"), FORMULAS, List::of).getBody().writeTo(out);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            for (int row = 1; row <= FORMULAS.size(); row++) {
                var cell = sheet.getRow(row).getCell(0);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(FORMULAS.get(row - 1));
            }
        }
    }
}
