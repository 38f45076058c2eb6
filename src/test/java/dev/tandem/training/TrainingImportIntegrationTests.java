package dev.tandem.training;

import static dev.tandem.training.TrainingFixture.daysAgo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import dev.tandem.shared.imports.ImportCalls;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
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
 * Training records from a spreadsheet: a file enters records and a re-import changes only the rows edited since (each
 * with one history entry); every wrong cell is named and a wrong file writes nothing; a contractor's supervisor imports
 * only their own people, whose records wait for approval; files that are no spreadsheet; who may import; the page's
 * and the API's progress.
 */
@TandemIntegrationTest
class TrainingImportIntegrationTests {

    private static final String HEADER =
            "Person,Competence,Completed on,Result,Trainer,Provider,Evidence,Expires on,External id\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    TrainingFixture training;
    Logins logins;
    String code;
    String ext;

    @BeforeEach
    void setUp() throws Exception {
        logins = new Logins(context);
        training = new TrainingFixture(mvc, jdbc, logins);
        code = jdbc.sql("select code from competence where id = :id")
                .param("id", UUID.fromString(training.competence(12)))
                .query(String.class)
                .single();
        ext = "TR-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aFileEntersRecordsAndAReImportChangesOnlyTheEditedRowsEachWithOneHistoryEntry() throws Exception {
        var done = daysAgo(10);
        var file = csv(
                row(number("worker"), code, done, "passed", "Plant \\ training\tcentre", "", ext + "-1"),
                row(number("manager"), code, done, "Passed", "Plant training centre", "", ext + "-2"),
                row(number("contractor1.worker"), code, done, "FAILED", "Plant training centre", "", ext + "-3"));
        importing("hse", file)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(3))
                .andExpect(jsonPath("$.updated").value(0));
        var first = recordOf(ext + "-1");
        assertThat(training.read("hse", first, "$.status")).isEqualTo("APPROVED");
        assertThat(training.read("hse", first, "$.expiresOn"))
                .isEqualTo(done.plusMonths(12).toString());
        assertThat(training.read("hse", first, "$.personId"))
                .isEqualTo(training.person("worker").toString());
        assertThat(training.read("hse", recordOf(ext + "-3"), "$.result")).isEqualTo("FAILED");
        // a backslash and a tab, which COPY escapes, are stored as written
        assertThat(training.read("hse", first, "$.provider")).isEqualTo("Plant \\ training\tcentre");
        assertThat(training.version(first)).isZero();
        for (int n = 1; n <= 3; n++) {
            assertThat(history(recordOf(ext + "-" + n))).isEqualTo(1);
        }

        importing("hse", file)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.unchanged").value(3));

        var edited = csv(
                row(number("worker"), code, done, "passed", "Plant \\ training\tcentre", "", ext + "-1"),
                row(number("manager"), code, done, "passed", "Another centre", "", ext + "-2"),
                row(number("contractor1.worker"), code, done, "failed", "Plant training centre", "", ext + "-3"));
        importing("hse", edited)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(1))
                .andExpect(jsonPath("$.unchanged").value(2));
        assertThat(history(recordOf(ext + "-1"))).isEqualTo(1);
        assertThat(history(recordOf(ext + "-2"))).isEqualTo(2);
        assertThat(history(recordOf(ext + "-3"))).isEqualTo(1);
        assertThat(training.read("hse", recordOf(ext + "-2"), "$.provider")).isEqualTo("Another centre");
        assertThat(training.written()).isEqualTo(3);
    }

    @Test
    void everyWrongCellIsNamedAndAFileWithOneWrongRowWritesNothing() throws Exception {
        long entries = count("history_entry");
        var file = csv(
                row(number("worker"), code, daysAgo(3), "passed", "Centre", "", ext + "-ok"),
                row("NO-SUCH-NUMBER", "NO_SUCH_COURSE", daysAgo(3), "passed", "Centre", "", ext + "-a"),
                row(number("worker"), code, LocalDate.now().plusDays(5), "maybe", "Centre", "", ext + "-b"),
                row(number("worker"), code, null, "passed", "Centre", "", ext + "-ok"),
                row(
                        number("worker"),
                        code,
                        daysAgo(30),
                        "passed",
                        "Centre",
                        daysAgo(40).toString(),
                        ext + "-c"),
                row(number("worker"), code, daysAgo(30), "passed", "Centre", "next spring", ext + "-d"));
        var answer = importing("hse", file)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.rows[?(@.row == 3)].column").value(containsInAnyOrder("person", "competence")))
                .andExpect(jsonPath("$.rows[?(@.row == 4)].column").value(containsInAnyOrder("completedOn", "result")))
                .andExpect(
                        jsonPath("$.rows[?(@.row == 5)].column").value(containsInAnyOrder("completedOn", "externalId")))
                .andExpect(jsonPath("$.rows[?(@.row == 6)].column").value(containsInAnyOrder("expiresOn")))
                .andExpect(jsonPath("$.rows[?(@.row == 7)].column").value(containsInAnyOrder("expiresOn")))
                .andExpect(jsonPath("$.rows[?(@.row == 3)].message").value(hasItem(containsString("NO-SUCH-NUMBER"))))
                .andExpect(jsonPath("$.rows[?(@.row == 4)].message")
                        .value(hasItem(containsString("cannot lie in the future"))));
        assertThat(training.body(answer)).doesNotContain("\"row\":2,");
        assertThat(training.written()).isZero();
        assertThat(count("history_entry")).isEqualTo(entries);
    }

    @Test
    void aContractorsSupervisorImportsTheirOwnPeopleOnlyAndTheirRecordsWaitForApproval() throws Exception {
        importing("contractor1", csv(row(number("contractor1.worker"), code, daysAgo(2), "passed", "", "", ext)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1));
        assertThat(training.read("hse", recordOf(ext), "$.status")).isEqualTo("PENDING_APPROVAL");

        // another organisation's people are nobody to them, whatever their number
        for (var other : List.of("contractor2", "worker")) {
            importing("contractor1", csv(row(number(other), code, daysAgo(2), "passed", "", "", ext + "-" + other)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.rows[0].column").value("person"));
        }
        // nor may another contractor change the record by its external id, even for a person of its own
        importing("contractor2", csv(row(number("contractor2"), code, daysAgo(2), "passed", "", "", ext)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rows[0].column").value("externalId"));
        assertThat(training.read("hse", recordOf(ext), "$.personId"))
                .isEqualTo(training.person("contractor1.worker").toString());
        assertThat(training.written()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"worker", "manager", "director", "admin", "contractor1.worker"})
    void onlyTheSafetyDepartmentAndContractorsSupervisorsImport(String username) throws Exception {
        var file = csv(row(number("worker"), code, daysAgo(2), "passed", "", "", ext));
        importing(username, file).andExpect(status().isForbidden());
        training.call(username, get("/api/v1/training-records/template"), null).andExpect(status().isForbidden());
        mvc.perform(get("/training/import").with(logins.as(username))).andExpect(status().isForbidden());
        mvc.perform(multipart("/training/import")
                        .file(new MockMultipartFile("file", "records.csv", "text/csv", file.getBytes()))
                        .with(logins.as(username))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(training.written()).isZero();
    }

    @Test
    void aFileThatIsNoSpreadsheetIsRefusedWithItsReasonAndWritesNothing() throws Exception {
        long before = count("training_record");
        var pdf = new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n', (byte) 0xE2, (byte) 0xE3, (byte) 0xCF, 0};
        importing("hse", pdf)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("The file is neither an Excel workbook (xlsx) nor CSV text in UTF-8."));
        importing("hse", "Shoe size,Person\n42,000001\n".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("“Shoe size” is unknown")));
        var zip = new ByteArrayOutputStream();
        try (var out = new java.util.zip.ZipOutputStream(zip)) {
            out.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
            out.write("hello".getBytes());
        }
        importing("hse", zip.toByteArray())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("The file is not an Excel workbook (xlsx)."));
        assertThat(count("training_record")).isEqualTo(before);
    }

    @Test
    void theTemplateInTheReadersLanguageImportsOnceFilledIn() throws Exception {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template(Locale.forLanguageTag("ru"))))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Работник");
        }
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(template(Locale.ENGLISH)))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Competence");
            assertThat(sheet.getDataValidations()).hasSize(2);
            assertThat(workbook.isSheetHidden(1)).isTrue();
            var values =
                    List.of(number("worker"), code, daysAgo(1).toString(), "Passed", training.marker, "", "", "", ext);
            var row = sheet.createRow(1);
            for (int column = 0; column < values.size(); column++) {
                row.createCell(column).setCellValue(values.get(column));
            }
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            importing("hse", out.toByteArray())
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.created").value(1));
        }
        assertThat(training.read("hse", recordOf(ext), "$.completedOn"))
                .isEqualTo(daysAgo(1).toString());
    }

    @Test
    void thePageAndTheApiShowTheImportsProgressAndWhatItDidToItsImporterOnly() throws Exception {
        var location = mvc.perform(multipart("/training/import")
                        .file(new MockMultipartFile(
                                "file",
                                "records.csv",
                                "text/csv",
                                csv(row(number("worker"), code, daysAgo(2), "passed", "", "", ext + "-p"))
                                        .getBytes(StandardCharsets.UTF_8)))
                        .with(logins.as("hse"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/training/imports/");
        var page = ImportCalls.pollUntil(mvc, logins.as("hse"), location, "data-import-done");
        assertThat(page).contains("1 training records entered, 0 changed, 0 left as they were.");
        var russian = mvc.perform(get(location).with(logins.as("hse")).locale(Locale.forLanguageTag("ru")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(russian).contains("Внесено записей об обучении: 1, изменено: 0, без изменений: 0.");
        mvc.perform(get(location).with(logins.as("contractor1"))).andExpect(status().isNotFound());

        var started = training.call(
                        "hse",
                        multipart("/api/v1/training-records/imports")
                                .file(new MockMultipartFile(
                                        "file",
                                        "records.csv",
                                        "text/csv",
                                        csv(row(number("manager"), code, daysAgo(2), "passed", "", "", ext + "-a"))
                                                .getBytes(StandardCharsets.UTF_8)))
                                .header("Prefer", "respond-async"),
                        null)
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/imports/")));
        var progress = started.andReturn().getResponse().getHeader("Location");
        String answer = "";
        for (int attempt = 0; attempt < 100 && !answer.contains("\"DONE\""); attempt++) {
            Thread.sleep(100);
            answer = training.body(training.call("hse", get(progress), null).andExpect(status().isOk()));
        }
        assertThat(JsonPath.<String>read(answer, "$.stage")).isEqualTo("DONE");
        assertThat(JsonPath.<Integer>read(answer, "$.created")).isEqualTo(1);
        training.call("contractor1", get(progress), null).andExpect(status().isNotFound());
        assertThat(recordOf(ext + "-a")).isNotNull();
    }

    // ---- helpers

    private String number(String username) {
        return jdbc.sql("select personnel_number from person where id = :id")
                .param("id", training.person(username))
                .query(String.class)
                .single();
    }

    private String row(
            String person,
            String competence,
            LocalDate completedOn,
            String result,
            String provider,
            String expiresOn,
            String externalId) {
        return String.join(
                ",",
                person,
                competence,
                completedOn == null ? "" : completedOn.toString(),
                result,
                training.marker,
                provider,
                "P-17",
                expiresOn,
                externalId);
    }

    private static String csv(String... rows) {
        return HEADER + String.join("\n", rows) + "\n";
    }

    private ResultActions importing(String username, String csv) throws Exception {
        return importing(username, csv.getBytes(StandardCharsets.UTF_8));
    }

    private ResultActions importing(String username, byte[] file) throws Exception {
        return training.call(
                username,
                multipart("/api/v1/training-records/imports")
                        .file(new MockMultipartFile("file", "records.csv", "text/csv", file))
                        .locale(Locale.ENGLISH),
                null);
    }

    private String recordOf(String externalId) {
        return jdbc.sql("select id::text from training_record where external_id = :ext")
                .param("ext", externalId)
                .query(String.class)
                .single();
    }

    private long history(String recordId) {
        return jdbc.sql("select count(*) from history_entry where record_type = 'training-record' and record_id = :id")
                .param("id", UUID.fromString(recordId))
                .query(Long.class)
                .single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private byte[] template(Locale locale) throws Exception {
        return ImportCalls.streamed(
                mvc,
                training.call("hse", get("/api/v1/training-records/template").locale(locale), null));
    }
}
