package dev.tandem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.event.EventReporting;
import dev.tandem.event.EventType;
import dev.tandem.event.ReportEvent;
import dev.tandem.identity.Logins;
import dev.tandem.organisation.DefineSite;
import dev.tandem.organisation.PlantStructure;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Exports open right in the reader's spreadsheet: a Russian Excel gets CSV split at semicolons with decimal commas,
 * an English one commas and points; labels and yes/no in the reader's language; times on the site's clock; in a
 * workbook, dates as dates and numbers as numbers.
 */
@TandemIntegrationTest
class ExportFormatsIntegrationTests {

    /** Far from the enterprise's zone, so that a time shown in the enterprise's zone would show. */
    private static final ZoneId SITE_ZONE = ZoneId.of("America/Anchorage");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    PlantStructure plant;

    @Autowired
    EventReporting reporting;

    Logins logins;
    String marker;
    Instant occurred;

    @BeforeEach
    void reportAnEventOnAFarSite() {
        logins = new Logins(context);
        marker = "export-" + UUID.randomUUID().toString().substring(0, 8);
        var site = plant.createSite(
                        null,
                        DefineSite.named("X" + marker.substring(7, 12), "Anchorage yard", SITE_ZONE.getId(), null),
                        logins.viewer("admin"))
                .id();
        occurred = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(2, ChronoUnit.HOURS);
        reporting.report(
                new ReportEvent(
                        UUID.randomUUID(),
                        EventType.NEAR_MISS,
                        occurred,
                        site,
                        null,
                        "A crane hook swung close; " + marker,
                        false),
                null,
                logins.viewer("worker"));
    }

    @Test
    void aRussianReaderGetsSemicolonsTranslatedValuesAndTheSitesTime() throws Exception {
        var csv = download(
                get("/events/export").param("format", "csv").param("q", marker).param("lang", "ru"));

        assertThat(csv).startsWith("\ufeff");
        var lines = csv.substring(1).split("\r\n");
        assertThat(lines[0]).startsWith("Когда;").doesNotContain(",");
        assertThat(lines[1])
                .as("a cell holding the separator is quoted")
                .contains(";\"A crane hook swung close; " + marker + "\";");
        assertThat(Arrays.asList(lines[1].split(";")))
                .startsWith(local(occurred), "Потенциально опасное происшествие")
                .contains("нет", "0");
    }

    @Test
    void anEnglishReaderGetsCommasAndYesOrNo() throws Exception {
        var csv = download(
                get("/events/export").param("format", "csv").param("q", marker).param("lang", "en"));

        var lines = csv.substring(1).split("\r\n");
        assertThat(lines[0]).contains(",").doesNotContain(";");
        assertThat(lines[1]).startsWith(local(occurred) + ",Near miss,").contains(",no,no,0,");
    }

    @Test
    void aWorkbookHoldsDatesAsDatesAndNumbersAsNumbers() throws Exception {
        var bytes = downloadBytes(
                get("/events/export").param("format", "xlsx").param("q", marker).param("lang", "ru"));

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var row = workbook.getSheetAt(0).getRow(1);
            var when = row.getCell(0);
            assertThat(when.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(when)).isTrue();
            assertThat(when.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.ofInstant(occurred, SITE_ZONE));
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo("нет");
            assertThat(row.getCell(9).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(9).getNumericCellValue()).isZero();
        }
    }

    @Test
    void anActionsDueDateIsADateCell() throws Exception {
        var bytes = downloadBytes(get("/actions/export.xlsx").param("lang", "ru"));

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            var row = workbook.getSheetAt(0).getRow(1);
            var due = row.getCell(3);
            assertThat(due.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
            assertThat(row.getCell(4).getStringCellValue()).isIn("да", "нет");
        }
    }

    private static String local(Instant at) {
        return LocalDateTime.ofInstant(at, SITE_ZONE).toString().replace('T', ' ');
    }

    private String download(MockHttpServletRequestBuilder request) throws Exception {
        return new String(downloadBytes(request), StandardCharsets.UTF_8);
    }

    private byte[] downloadBytes(MockHttpServletRequestBuilder request) throws Exception {
        var started = mvc.perform(request.with(logins.as("hse"))).andReturn();
        // the first workbook of a test run loads Apache POI, which takes longer than MockMvc's 10 s on a busy machine
        started.getAsyncResult(60_000);
        return mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }
}
