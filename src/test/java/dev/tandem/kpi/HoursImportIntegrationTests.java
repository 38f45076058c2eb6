package dev.tandem.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Uploads of hours: all rows or none, every wrong cell listed, unreadable files refused, exports read back. */
@TandemIntegrationTest
class HoursImportIntegrationTests {

    static final String HEADER = "Organisation,Site code,Month,Hours,Average headcount\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    Logins logins;
    String hse;
    SafetyRecords records;
    YearMonth month;
    UUID site;
    String code;

    @BeforeEach
    void setUp() throws Exception {
        logins = new Logins(context);
        hse = logins.bearer("hse");
        records = new SafetyRecords(mvc, jdbc, hse, logins.bearer("admin"));
        month = YearMonth.now(records.enterpriseZone()).minusMonths(1);
        site = records.site();
        code = records.siteCode(site);
    }

    @Test
    void aFileWithoutErrorsImportsEveryRowAndAgainChangesOnlyWhatDiffers() throws Exception {
        var name = SafetyRecords.unique("Кровля ");
        var contractor = records.contractor(name);
        var csv = HEADER
                + "\"%s\",%s,%s,1500.5,10\r\n".formatted(name, code.toLowerCase(), month)
                + "%s,%s,%s,1 200,8\r\n".formatted(contractor, code, month.minusMonths(1))
                + ",,,,\r\n"
                + "%s,%s,%s,900,\r\n".formatted(name.toUpperCase(), code, month.minusMonths(2));
        upload(csv("hours.csv", csv), hse)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(3))
                .andExpect(jsonPath("$.changed").value(0));
        assertThat(hoursOf(contractor)).isEqualTo(3);

        var semicolons = "Организация;Код площадки;Месяц;Часы;Средняя численность\n"
                + "%s;%s;%s;1500,5;10\n".formatted(name, code, month)
                + "%s;%s;%s;1300;8\n".formatted(name, code, month.minusMonths(1));
        upload(csv("hours.csv", semicolons), hse)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.changed").value(1))
                .andExpect(jsonPath("$.unchanged").value(1));
    }

    @Test
    void aFileWithAnyWrongRowImportsNothingAndListsEveryWrongCell() throws Exception {
        var name = SafetyRecords.unique("Fitters ");
        var contractor = records.contractor(name);
        var csv = HEADER
                + "%s,%s,%s,100,1\n".formatted(name, code, month)
                + "%s,%s,%s,-3,x\n".formatted(name, code, month.minusMonths(1))
                + "Nobody Ltd,NOPE,%s,100,1\n".formatted(month.plusMonths(3))
                + "%s,%s,2025/01,\"1,500\",1\n".formatted(name, code)
                + "%s,%s,%s,100,1\n".formatted(name, code, month);
        upload(csv("hours.csv", csv), hse)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Nothing was imported: 4 rows have errors."))
                .andExpect(jsonPath("$.rows.length()").value(8))
                .andExpect(jsonPath("$.rows[0].row").value(3))
                .andExpect(jsonPath("$.rows[0].column").value("hours"))
                .andExpect(jsonPath("$.rows[0].message").value("Must not be negative."))
                .andExpect(jsonPath("$.rows[1].column").value("averageHeadcount"))
                .andExpect(jsonPath("$.rows[2].row").value(4))
                .andExpect(jsonPath("$.rows[2].column").value("organisation"))
                .andExpect(jsonPath("$.rows[3].column").value("site"))
                .andExpect(jsonPath("$.rows[4].column").value("month"))
                .andExpect(jsonPath("$.rows[4].message").value("The month must not be in the future."))
                .andExpect(jsonPath("$.rows[5].row").value(5))
                .andExpect(jsonPath("$.rows[5].column").value("month"))
                .andExpect(jsonPath("$.rows[6].column").value("hours"))
                .andExpect(jsonPath("$.rows[6].message").value(containsString("ambiguous")))
                .andExpect(jsonPath("$.rows[7].row").value(6))
                .andExpect(jsonPath("$.rows[7].message").value("The same organisation, site and month as row 2."));
        assertThat(hoursOf(contractor)).isZero();
    }

    @Test
    void monthsPostgresqlCannotStoreAreRowErrorsAndNothingIsImported() throws Exception {
        var name = SafetyRecords.unique("Far months ");
        var contractor = records.contractor(name);
        var csv = HEADER
                + "%s,%s,%s,100,1\n".formatted(name, code, month)
                + "%s,%s,0000-01,100,1\n".formatted(name, code)
                + "%s,%s,-5000-01,100,1\n".formatted(name, code)
                + "%s,%s,+300000-01,100,1\n".formatted(name, code);
        upload(csv("hours.csv", csv), hse)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Nothing was imported: 3 rows have errors."))
                .andExpect(jsonPath("$.rows.length()").value(3))
                .andExpect(jsonPath("$.rows[0].row").value(3))
                .andExpect(jsonPath("$.rows[0].column").value("month"))
                .andExpect(jsonPath("$.rows[0].message").value("A date must lie between the years 1 and 9999."))
                .andExpect(jsonPath("$.rows[1].row").value(4))
                .andExpect(jsonPath("$.rows[1].column").value("month"))
                .andExpect(jsonPath("$.rows[2].row").value(5))
                .andExpect(jsonPath("$.rows[2].column").value("month"));
        assertThat(hoursOf(contractor)).isZero();

        mvc.perform(multipart("/hours/import")
                        .file(csv("hours.csv", HEADER + "%s,%s,0000-01,100,1\n".formatted(name, code)))
                        .with(logins.as("hse"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A date must lie between the years 1 and 9999.")));
        assertThat(hoursOf(contractor)).isZero();
    }

    @Test
    void anUnreadableFileIsRefusedWithAClearReason() throws Exception {
        expectUnreadable(csv("hours.csv", "Organisation,Site,Hours\nA,B,1\n"), "The first row must name the columns");
        expectUnreadable(
                new MockMultipartFile(
                        "file",
                        "hours.csv",
                        "text/csv",
                        (HEADER + "Сварка,UMW,2025-01,10,1\n").getBytes(Charset.forName("windows-1251"))),
                "not UTF-8");
        expectUnreadable(csv("hours.csv", ""), "no rows");
        expectUnreadable(csv("hours.csv", HEADER), "no rows");
        expectUnreadable(csv("hours.csv", HEADER + "\"A,UMW,2025-01,10,1\n"), "never closed");
        expectUnreadable(csv("hours.csv", HEADER + "A,UMW,2025-01,10,1,surprise\n"), "more than 5 cells");
        expectUnreadable(
                new MockMultipartFile("file", "hours.xlsx", "application/octet-stream", "PK\3\4broken".getBytes()),
                "cannot be read");
        mvc.perform(multipart("/api/v1/hours/import").header("Authorization", hse))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anExcelWorkbookImportsWithDatesAndNumbersAsExcelKeepsThem() throws Exception {
        var name = SafetyRecords.unique("Electricians ");
        var contractor = records.contractor(name);
        var file = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet();
            var header = sheet.createRow(0);
            var names = HEADER.trim().split(",");
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue(name);
            row.createCell(1).setCellValue(code);
            var date = row.createCell(2);
            date.setCellValue(month.atDay(1));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm"));
            date.setCellStyle(style);
            row.createCell(3).setCellValue(2500.5);
            row.createCell(4).setCellValue(14);
            workbook.write(file);
        }
        upload(new MockMultipartFile("file", "hours.xlsx", "application/octet-stream", file.toByteArray()), hse)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1));
        assertThat(jdbc.sql("select hours::text from hours_worked where organisation_id = :org")
                        .param("org", contractor)
                        .query(String.class)
                        .single())
                .isEqualTo("2500.5");
    }

    @Test
    void aContractorsSupervisorUploadsOnlyTheirOwnOrganisationsHours() throws Exception {
        var own = logins.viewer("contractor1").organisationId();
        var other = logins.viewer("contractor2").organisationId();
        var csv = HEADER
                + "%s,%s,%s,10,1\n".formatted(own, code, month)
                + "%s,%s,%s,10,1\n".formatted(other, code, month);
        upload(csv("hours.csv", csv), logins.bearer("contractor1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rows.length()").value(1))
                .andExpect(jsonPath("$.rows[0].row").value(3))
                .andExpect(jsonPath("$.rows[0].column").value("organisation"));
        upload(csv("hours.csv", csv), logins.bearer("worker")).andExpect(status().isForbidden());
    }

    @Test
    void anExportReadsBackAsAnUploadThatChangesNothing() throws Exception {
        var name = SafetyRecords.unique("Round trip, \"quoted\" ");
        var contractor = records.contractor(name.replace("\"", "\\\""));
        records.hours(contractor, site, month, "321.5", "3");
        records.hours(contractor, site, month.minusMonths(1), "100", null);
        var exported = download(get("/hours/export.csv")
                .param("organisationId", contractor.toString())
                .with(logins.as("hse")));
        assertThat(exported).startsWith("\ufeffOrganisation,Site code,Month,Hours,Average headcount\r\n");
        assertThat(exported.lines().count()).isEqualTo(3);
        upload(csv("hours.csv", exported), hse)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unchanged").value(2));

        var xlsx = mvc.perform(asyncDispatch(mvc.perform(get("/api/v1/hours/export")
                                .header("Authorization", hse)
                                .param("organisationId", contractor.toString()))
                        .andReturn()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        upload(new MockMultipartFile("file", "hours.xlsx", "application/octet-stream", xlsx), hse)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unchanged").value(2));
        var contractorsExport = download(get("/hours/export.csv").with(logins.as("contractor1")));
        assertThat(contractorsExport).doesNotContain(name);
    }

    @Test
    void thePageListsTheWrongCellsOfAnUpload() throws Exception {
        var csv = HEADER + "Nobody Ltd,%s,%s,10,1\n".formatted(code, month);
        mvc.perform(multipart("/hours/import")
                        .file(csv("hours.csv", csv))
                        .with(logins.as("hse"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing was imported")))
                .andExpect(content().string(containsString("No organisation “Nobody Ltd”")));
        mvc.perform(multipart("/hours/import")
                        .file(csv("hours.csv", "nonsense"))
                        .with(logins.as("hse"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The first row must name the columns")));
        var name = SafetyRecords.unique("Page upload ");
        records.contractor(name);
        mvc.perform(multipart("/hours/import")
                        .file(csv("hours.csv", HEADER + "%s,%s,%s,10,1\n".formatted(name, code, month)))
                        .with(logins.as("hse"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/hours?imported=1&changed=0&unchanged=0"));
    }

    private void expectUnreadable(MockMultipartFile file, String reason) throws Exception {
        upload(file, hse)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.detail").value(containsString(reason)));
    }

    private ResultActions upload(MockMultipartFile file, String bearer) throws Exception {
        return mvc.perform(multipart("/api/v1/hours/import").file(file).header("Authorization", bearer));
    }

    private static MockMultipartFile csv(String filename, String text) {
        return new MockMultipartFile("file", filename, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private long hoursOf(UUID organisation) {
        return jdbc.sql("select count(*) from hours_worked where organisation_id = :org")
                .param("org", organisation)
                .query(Long.class)
                .single();
    }

    private String download(MockHttpServletRequestBuilder request) throws Exception {
        var started = mvc.perform(request).andReturn();
        return mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
