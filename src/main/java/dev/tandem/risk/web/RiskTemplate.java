package dev.tandem.risk.web;

import dev.tandem.organisation.OrganisationDirectory;
import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.risk.HazardTaxonomy;
import dev.tandem.risk.RiskAccess;
import dev.tandem.risk.RiskSheet;
import dev.tandem.risk.matrix.RiskMatrices;
import dev.tandem.risk.sheet.RiskColumn;
import dev.tandem.shared.Viewer;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The workbook to fill in and import: the columns an import reads (headers in the reader's language), each choice a
 * drop-down: the sites the viewer keeps and their areas, the hazard categories, the levels of the current matrix, yes
 * or no for fatal, the people of the owner company. The lists sit on a hidden second sheet.
 */
@Component
class RiskTemplate {

    static final List<RiskColumn> COLUMNS =
            Arrays.stream(RiskColumn.values()).filter(RiskColumn::imported).toList();

    private final OrganisationQueries organisations;
    private final OrganisationDirectory directory;
    private final HazardTaxonomy taxonomy;
    private final RiskMatrices matrices;
    private final MessageSource messages;

    RiskTemplate(
            OrganisationQueries organisations,
            OrganisationDirectory directory,
            HazardTaxonomy taxonomy,
            RiskMatrices matrices,
            MessageSource messages) {
        this.organisations = organisations;
        this.directory = directory;
        this.taxonomy = taxonomy;
        this.matrices = matrices;
        this.messages = messages;
    }

    void write(OutputStream out, Viewer viewer, Locale locale) throws IOException {
        if (!RiskAccess.keepsRegister(viewer)) {
            throw new AccessDeniedException("importing the risk register");
        }
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet(messages.getMessage("risks.template.sheet", null, locale));
            var lists = workbook.createSheet("lists");
            header(workbook, sheet, locale);
            var kept = organisations.places().stream()
                    .filter(site -> RiskAccess.canKeep(viewer, site.siteId()))
                    .toList();
            list(
                    sheet,
                    lists,
                    RiskColumn.SITE,
                    0,
                    kept.stream().map(site -> site.siteName()).toList(),
                    locale);
            var areas = new LinkedHashSet<String>();
            kept.forEach(site -> site.areas().forEach(area -> areas.add(area.label())));
            list(sheet, lists, RiskColumn.AREA, 1, List.copyOf(areas), locale);
            list(
                    sheet,
                    lists,
                    RiskColumn.CATEGORY,
                    2,
                    taxonomy.current().stream()
                            .map(category -> category.name(locale))
                            .toList(),
                    locale);
            list(sheet, lists, RiskColumn.OWNER, 3, owners(), locale);
            list(
                    sheet,
                    lists,
                    RiskColumn.FATAL,
                    4,
                    List.of(
                            messages.getMessage("export.yes", null, locale),
                            messages.getMessage("export.no", null, locale)),
                    locale);
            var matrix = matrices.current();
            list(sheet, lists, RiskColumn.LIKELIHOOD, 5, levels(matrix.likelihoodLevels()), locale);
            list(sheet, lists, RiskColumn.SEVERITY, 6, levels(matrix.severityLevels()), locale);
            workbook.setSheetHidden(1, true);
            workbook.write(out);
        }
    }

    private void header(XSSFWorkbook workbook, XSSFSheet sheet, Locale locale) {
        var bold = workbook.createCellStyle();
        var font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        var row = sheet.createRow(0);
        for (int column = 0; column < COLUMNS.size(); column++) {
            var text = messages.getMessage(COLUMNS.get(column).headerCode(), null, locale);
            var cell = row.createCell(column);
            cell.setCellValue(text);
            cell.setCellStyle(bold);
            sheet.setColumnWidth(column, 256 * Math.max(16, text.length() + 4));
        }
        var date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        sheet.setDefaultColumnStyle(COLUMNS.indexOf(RiskColumn.REVIEW_DATE), date);
        sheet.createFreezePane(0, 1);
    }

    /** The choices of one column: written down a column of the hidden sheet, and a drop-down of the column. */
    private void list(
            XSSFSheet sheet, XSSFSheet lists, RiskColumn column, int at, List<String> choices, Locale locale) {
        for (int index = 0; index < choices.size(); index++) {
            var row = lists.getRow(index) == null ? lists.createRow(index) : lists.getRow(index);
            row.createCell(at).setCellValue(choices.get(index));
        }
        var letter = (char) ('A' + at);
        var range = "lists!$%c$1:$%c$%d".formatted(letter, letter, Math.max(1, choices.size()));
        var helper = sheet.getDataValidationHelper();
        int index = COLUMNS.indexOf(column);
        var validation = helper.createValidation(
                helper.createFormulaListConstraint(range),
                new CellRangeAddressList(1, RiskSheet.MAX_ROWS, index, index));
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setShowErrorBox(true);
        validation.createErrorBox(
                messages.getMessage(column.headerCode(), null, locale),
                messages.getMessage("risks.template.chooseFromList", null, locale));
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
    }

    /** Owners by name; where several people share a name, each with their e-mail, as an import reads them. */
    private List<String> owners() {
        var people = directory.ownerCompanyPeople();
        var named = new HashMap<String, Integer>();
        people.forEach(person -> named.merge(person.fullName(), 1, Integer::sum));
        return people.stream()
                .map(person -> named.get(person.fullName()) > 1 && person.email() != null
                        ? person.fullName() + " <" + person.email() + ">"
                        : person.fullName())
                .distinct()
                .toList();
    }

    private static List<String> levels(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(Integer::toString).toList();
    }
}
