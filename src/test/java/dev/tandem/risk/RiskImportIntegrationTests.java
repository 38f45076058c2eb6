package dev.tandem.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import dev.tandem.shared.imports.ImportCalls;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The register in Excel: the template's drop-downs, the export edited and imported again (only the edited rows
 * change, each with one history entry), a file with one wrong row writing nothing and naming the cells, files that
 * are no workbook, and who may import.
 */
@TandemIntegrationTest
class RiskImportIntegrationTests {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    RiskFixture risks;
    Logins logins;
    String marker;
    String area;

    @BeforeEach
    void setUp() {
        logins = new Logins(context);
        risks = new RiskFixture(mvc, jdbc, logins);
        marker = "xl" + UUID.randomUUID().toString().substring(0, 8);
        area = risks.areaWorkedInBy("contractor1");
    }

    @Test
    void anExportEditedInThreeRowsChangesExactlyThoseThreeRisksEachWithOneHistoryEntry() throws Exception {
        var ids = new ArrayList<String>();
        for (int n = 1; n <= 5; n++) {
            ids.add(enter(marker + "-" + n, "Hazard " + n));
        }
        risks.step("hse", ids.get(2), "assess", RiskFixture.assessment(2, 2));
        var history = historyCounts(ids);
        var versions = ids.stream().map(risks::version).toList();

        try (var workbook = workbook(export())) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            var columns = columns(sheet);
            cellOfRisk(sheet, columns, marker + "-1", "Hazard").setCellValue("Hazard 1, edited in Excel");
            cellOfRisk(sheet, columns, marker + "-2", "Fatal").setCellValue("yes");
            cellOfRisk(sheet, columns, marker + "-3", "Likelihood").setCellValue(4);
            cellOfRisk(sheet, columns, marker + "-3", "Severity").setCellValue(5);
            importing("hse", bytes(workbook))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.created").value(0))
                    .andExpect(jsonPath("$.updated").value(3))
                    .andExpect(jsonPath("$.unchanged").value(2));
        }

        var after = historyCounts(ids);
        for (int n = 0; n < 5; n++) {
            assertThat(after.get(ids.get(n)))
                    .as("history entries of risk %d", n + 1)
                    .isEqualTo(history.get(ids.get(n)) + (n < 3 ? 1 : 0));
            if (n >= 3) {
                assertThat(risks.version(ids.get(n))).isEqualTo(versions.get(n));
            }
        }
        var first = risk(ids.get(0));
        assertThat(JsonPath.<String>read(first, "$.hazard")).isEqualTo("Hazard 1, edited in Excel");
        assertThat(JsonPath.<Boolean>read(risk(ids.get(1)), "$.fatal")).isTrue();
        var third = risk(ids.get(2));
        assertThat(JsonPath.<Integer>read(third, "$.likelihood")).isEqualTo(4);
        assertThat(JsonPath.<Integer>read(third, "$.severity")).isEqualTo(5);
        assertThat(JsonPath.<String>read(third, "$.band")).isEqualTo(risks.band(4, 5));
        assertThat(JsonPath.<List<?>>read(third, "$.assessments")).hasSize(2);
    }

    @Test
    void aFileWithOneWrongRowImportsNothingAndNamesTheRowAndColumns() throws Exception {
        long before = risks.count("risk_entry");
        long entries = risks.count("history_entry");
        var file = file(List.of(
                row(marker + "-a", siteName(), areaName(), "Molten metal and slag", "3", "4"),
                row(marker + "-b", siteName(), "No such bay", "Teleportation", "7", "2"),
                row(marker + "-c", siteName(), areaName(), "Hazardous gas", "", "")));
        importing("hse", file)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rows.length()").value(3))
                .andExpect(jsonPath("$.rows[0].row").value(3))
                .andExpect(jsonPath("$.rows[*].column")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("area", "category", "likelihood")))
                .andExpect(
                        jsonPath("$.rows[*].row").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is(3))))
                .andExpect(jsonPath("$.rows[?(@.column == 'likelihood')].message")
                        .value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("1 to 5"))));
        assertThat(risks.count("risk_entry")).isEqualTo(before);
        assertThat(risks.count("history_entry")).isEqualTo(entries);

        // the same file, right, enters the three risks
        var right = file(List.of(
                row(marker + "-a", siteName(), areaName(), "Molten metal and slag", "3", "4"),
                row(marker + "-b", siteName(), areaName(), "Hazardous gas", "", ""),
                row(marker + "-c", siteName(), areaName().toUpperCase(Locale.ROOT), "GAS", "1", "1")));
        importing("hse", right)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(3));
        assertThat(risks.count("risk_entry")).isEqualTo(before + 3);
        var stored = jdbc.sql("select status from risk_entry where external_id = :id")
                .param("id", marker + "-a")
                .query(String.class)
                .single();
        assertThat(stored).isEqualTo("ASSESSED");
    }

    @Test
    void everyKindOfWrongCellIsNamed() throws Exception {
        var missing = row(marker + "-1", siteName(), areaName(), "Hazardous gas", "2", "");
        missing.put("Hazard", "");
        missing.put("Review date", "next spring");
        missing.put("Fatal", "maybe");
        missing.put("Owner", "Nobody Anybody");
        var contractorOwner = row(marker + "-2", "No such works", areaName(), "Hazardous gas", "", "");
        var repeated = row(marker + "-1", siteName(), areaName(), "Hazardous gas", "", "");
        importing("hse", file(List.of(missing, contractorOwner, repeated)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rows[?(@.row == 2)].column")
                        .value(org.hamcrest.Matchers.containsInAnyOrder(
                                "hazard", "reviewDate", "fatal", "owner", "severity")))
                .andExpect(jsonPath("$.rows[?(@.row == 3)].column").value(org.hamcrest.Matchers.contains("site")))
                .andExpect(
                        jsonPath("$.rows[?(@.row == 4)].column").value(org.hamcrest.Matchers.contains("externalId")));
    }

    @Test
    void theTemplateOffersTheChoicesAsDropDownsWithHeadersInTheReadersLanguage() throws Exception {
        try (var workbook = workbook(template(Locale.ENGLISH))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("External id");
            var lists = Map.<String, List<String>>of();
            var choices = dropDowns(workbook, sheet);
            assertThat(choices.get("Hazard category")).contains("Molten metal and slag", "Hazardous gas");
            assertThat(choices.get("Likelihood")).containsExactly("1", "2", "3", "4", "5");
            assertThat(choices.get("Severity")).containsExactly("1", "2", "3", "4", "5");
            assertThat(choices.get("Fatal")).containsExactly("yes", "no");
            assertThat(choices.get("Site")).contains(siteName());
            assertThat(choices.get("Area")).contains(areaName());
            assertThat(choices.get("Owner")).isNotEmpty();
            assertThat(lists).isEmpty();
            assertThat(workbook.isSheetHidden(1)).isTrue();
        }
        try (var workbook = workbook(template(Locale.forLanguageTag("ru")))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Участок");
            assertThat(dropDowns(workbook, sheet).get("Категория опасности")).contains("Опасный газ");
            assertThat(dropDowns(workbook, sheet).get("Смертельный")).containsExactly("да", "нет");
        }
    }

    @Test
    void aFileThatIsNoWorkbookIsRefusedAndWritesNothing() throws Exception {
        long before = risks.count("risk_entry");
        importing("hse", "id,site\n1,2\n".getBytes())
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value("The file is not an Excel workbook (xlsx)."));
        // a zip archive that is no workbook, and a workbook whose columns are not the register's
        var zip = new ByteArrayOutputStream();
        try (var out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
            out.write("hello".getBytes());
        }
        importing("hse", zip.toByteArray()).andExpect(status().isBadRequest());
        try (var workbook = new XSSFWorkbook()) {
            workbook.createSheet().createRow(0).createCell(0).setCellValue("Shoe size");
            importing("hse", bytes(workbook))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].message")
                            .value(org.hamcrest.Matchers.startsWith("The column “Shoe size” is unknown")));
        }
        assertThat(risks.count("risk_entry")).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"worker", "director", "admin", "contractor1", "contractor2", "contractor1.worker"})
    void onlyTheRegistersKeepersImport(String username) throws Exception {
        long before = risks.count("risk_entry");
        var file = file(List.of(row(marker + "-x", siteName(), areaName(), "Hazardous gas", "", "")));
        importing(username, file).andExpect(status().isForbidden());
        risks.call(username, get("/api/v1/risks/template"), null).andExpect(status().isForbidden());
        mvc.perform(get("/risks/import").with(logins.as(username))).andExpect(status().isForbidden());
        mvc.perform(multipart("/risks/import")
                        .file(new MockMultipartFile("file", "risks.xlsx", XLSX.toString(), file))
                        .with(logins.as(username))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(risks.count("risk_entry")).isEqualTo(before);
    }

    @Test
    void aLineManagerImportsOnlyRowsOfTheSiteHeKeeps() throws Exception {
        var manager = logins.viewer("manager");
        assertThat(manager.siteId())
                .as("the demo's line manager works on one site")
                .isNotNull();
        var otherSite = jdbc.sql(
                        """
                        select s.name from site s join area a on a.site_id = s.id
                        where s.id <> :site and s.voided_at is null and a.voided_at is null order by s.name limit 1""")
                .param("site", manager.siteId())
                .query(String.class)
                .single();
        var otherArea = jdbc.sql(
                        """
                        select a.name from area a join site s on s.id = a.site_id
                        where s.name = :site and a.voided_at is null order by a.name limit 1""")
                .param("site", otherSite)
                .query(String.class)
                .single();
        var ownSite = jdbc.sql("select name from site where id = :id")
                .param("id", manager.siteId())
                .query(String.class)
                .single();
        var ownArea = jdbc.sql("select name from area where site_id = :id and voided_at is null order by name limit 1")
                .param("id", manager.siteId())
                .query(String.class)
                .single();
        long before = risks.count("risk_entry");
        importing(
                        "manager",
                        file(List.of(
                                row(marker + "-own", ownSite, ownArea, "Hazardous gas", "", ""),
                                row(marker + "-other", otherSite, otherArea, "Hazardous gas", "", ""))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rows.length()").value(1))
                .andExpect(jsonPath("$.rows[0].row").value(3))
                .andExpect(jsonPath("$.rows[0].column").value("site"));
        assertThat(risks.count("risk_entry")).isEqualTo(before);
        importing("manager", file(List.of(row(marker + "-own", ownSite, ownArea, "Hazardous gas", "", ""))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1));
    }

    @Test
    void thePageShowsTheImportsProgressAndWhatItDid() throws Exception {
        var location =
                uploadOnThePage(file(List.of(row(marker + "-p", siteName(), areaName(), "Hazardous gas", "2", "3"))));
        assertThat(location).startsWith("/risks/imports/");
        var page = pollUntil(location, "data-import-done");
        assertThat(page).contains("1 risks entered, 0 changed, 0 left as they were.", "1 rows read and checked");
        var russian = mvc.perform(get(location).with(logins.as("hse")).locale(Locale.forLanguageTag("ru")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(russian).contains("Внесено рисков: 1, изменено: 0, без изменений: 0.");
        // the job is the importer's own
        mvc.perform(get(location).with(logins.as("manager"))).andExpect(status().isNotFound());
    }

    @Test
    void aWrongFileOnThePageListsEveryWrongCell() throws Exception {
        var location =
                uploadOnThePage(file(List.of(row(marker + "-w", siteName(), "No such bay", "Hazardous gas", "", ""))));
        var page = pollUntil(location, "data-import-errors");
        assertThat(page).contains("Nothing was imported: 1 wrong cells", "No such bay");
        page = pollUntil(uploadOnThePage("hello".getBytes()), "data-import-problem");
        assertThat(page).contains("The file is not an Excel workbook (xlsx).");
    }

    // ---- helpers

    /** Uploads the file on the import page as the safety department; answers where the page sends them. */
    private String uploadOnThePage(byte[] file) throws Exception {
        return mvc.perform(multipart("/risks/import")
                        .file(new MockMultipartFile("file", "risks.xlsx", XLSX.toString(), file))
                        .with(logins.as("hse"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
    }

    private String pollUntil(String location, String marker) throws Exception {
        return ImportCalls.pollUntil(mvc, logins.as("hse"), location, marker);
    }

    private String enter(String externalId, String hazard) throws Exception {
        var id = UUID.randomUUID();
        var json = risks.details(id, area, risks.category("MOLTEN_METAL"), hazard, false)
                .replace("{\"id\"", "{\"externalId\":\"" + externalId + "\",\"id\"");
        risks.call(
                        "hse",
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/risks"),
                        json)
                .andExpect(status().isCreated());
        return id.toString();
    }

    private String risk(String id) throws Exception {
        return risks.call("hse", get("/api/v1/risks/" + id), null)
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private Map<String, Long> historyCounts(List<String> ids) {
        var counts = new HashMap<String, Long>();
        for (var id : ids) {
            counts.put(
                    id,
                    jdbc.sql("select count(*) from history_entry where record_type = 'risk' and record_id = :id")
                            .param("id", UUID.fromString(id))
                            .query(Long.class)
                            .single());
        }
        return counts;
    }

    private byte[] export() throws Exception {
        return ImportCalls.streamed(
                mvc,
                risks.call(
                        "hse",
                        get("/api/v1/risks/export")
                                .param("q", marker)
                                .param("sort", "externalId")
                                .locale(Locale.ENGLISH),
                        null));
    }

    private byte[] template(Locale locale) throws Exception {
        return ImportCalls.streamed(
                mvc, risks.call("hse", get("/api/v1/risks/template").locale(locale), null));
    }

    private ResultActions importing(String username, byte[] file) throws Exception {
        return mvc.perform(multipart("/api/v1/risks/imports")
                .file(new MockMultipartFile("file", "risks.xlsx", XLSX.toString(), file))
                .header("Authorization", logins.bearer(username))
                .locale(Locale.ENGLISH));
    }

    private static XSSFWorkbook workbook(byte[] bytes) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws Exception {
        var out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private static Map<String, Integer> columns(Sheet sheet) {
        var columns = new HashMap<String, Integer>();
        sheet.getRow(0).forEach(cell -> columns.put(cell.getStringCellValue(), cell.getColumnIndex()));
        return columns;
    }

    private static org.apache.poi.ss.usermodel.Cell cellOfRisk(
            Sheet sheet, Map<String, Integer> columns, String externalId, String column) {
        for (int index = 1; index <= sheet.getLastRowNum(); index++) {
            var row = sheet.getRow(index);
            if (externalId.equals(row.getCell(columns.get("External id")).getStringCellValue())) {
                var cell = row.getCell(columns.get(column));
                return cell != null ? cell : row.createCell(columns.get(column));
            }
        }
        throw new AssertionError("no row for " + externalId);
    }

    /** The drop-down choices of each column of the template, by header. */
    private static Map<String, List<String>> dropDowns(XSSFWorkbook workbook, XSSFSheet sheet) {
        var choices = new HashMap<String, List<String>>();
        for (var validation : sheet.getDataValidations()) {
            var constraint = validation.getValidationConstraint();
            assertThat(constraint.getValidationType()).isEqualTo(DataValidationConstraint.ValidationType.LIST);
            int column = validation.getRegions().getCellRangeAddress(0).getFirstColumn();
            var reference = new org.apache.poi.ss.util.AreaReference(
                    constraint.getFormula1(), org.apache.poi.ss.SpreadsheetVersion.EXCEL2007);
            var lists = workbook.getSheet(reference.getFirstCell().getSheetName());
            var values = new ArrayList<String>();
            for (var cell : reference.getAllReferencedCells()) {
                var row = lists.getRow(cell.getRow());
                var value = row == null ? null : row.getCell(cell.getCol());
                if (value != null) {
                    values.add(value.getStringCellValue());
                }
            }
            choices.put(sheet.getRow(0).getCell(column).getStringCellValue(), values);
        }
        return choices;
    }

    private String siteName() {
        return jdbc.sql("select s.name from site s join area a on a.site_id = s.id where a.id = :area")
                .param("area", UUID.fromString(area))
                .query(String.class)
                .single();
    }

    private String areaName() {
        return jdbc.sql("select name from area where id = :area")
                .param("area", UUID.fromString(area))
                .query(String.class)
                .single();
    }

    private String ownerName() {
        return jdbc.sql("select full_name from person where id = :id")
                .param("id", logins.viewer("manager").personId())
                .query(String.class)
                .single();
    }

    private static final List<String> HEADERS = List.of(
            "External id",
            "Site",
            "Area",
            "Activity or job step",
            "Hazard category",
            "Hazard",
            "Unwanted event",
            "Consequence",
            "Owner",
            "Review date",
            "Fatal",
            "Likelihood",
            "Severity");

    private Map<String, String> row(
            String externalId, String site, String areaName, String category, String likelihood, String severity) {
        var row = new HashMap<String, String>();
        row.put("External id", externalId);
        row.put("Site", site);
        row.put("Area", areaName);
        row.put("Activity or job step", "Charging the converter");
        row.put("Hazard category", category);
        row.put("Hazard", "Wet scrap in the charge");
        row.put("Unwanted event", "Steam explosion");
        row.put("Consequence", "Burns");
        row.put("Owner", ownerName());
        row.put("Review date", LocalDate.now().plusMonths(3).toString());
        row.put("Fatal", "no");
        row.put("Likelihood", likelihood);
        row.put("Severity", severity);
        return row;
    }

    private static byte[] file(List<Map<String, String>> rows) throws Exception {
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet();
            var header = sheet.createRow(0);
            for (int column = 0; column < HEADERS.size(); column++) {
                header.createCell(column).setCellValue(HEADERS.get(column));
            }
            for (int index = 0; index < rows.size(); index++) {
                var row = sheet.createRow(index + 1);
                for (int column = 0; column < HEADERS.size(); column++) {
                    row.createCell(column).setCellValue(rows.get(index).get(HEADERS.get(column)));
                }
            }
            return bytes(workbook);
        }
    }
}
