package dev.tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * A checklist's questions to and from a spreadsheet, one row per question: exported and imported unchanged (answers
 * with negative and no scores, limits, weights, conditions written as {@code ${latches} = 'no'}); a file with wrong
 * cells refused whole with each named by row and column, the draft left as it was.
 */
@TandemIntegrationTest
class TemplateSheetIntegrationTests {

    private static final String CHECK =
            """
            {"title": "%s", "questions": [
              {"name": "latches", "type": "YES_NO", "sectionEn": "Hooks", "sectionRu": "Крюки",
               "labelEn": "Latches in place?", "labelRu": "Замки на месте?", "required": true, "weight": 3,
               "requireActionWhen": {"==": [{"var": "latches"}, "no"]},
               "requirePhotoWhen": {"==": [{"var": "latches"}, "no"]}},
              {"name": "load", "type": "NUMBER", "labelEn": "Load, t", "labelRu": "Груз, т", "required": true,
               "minimum": 0, "maximum": 50.5},
              {"name": "housekeeping", "type": "CHOICE", "labelEn": "Housekeeping", "labelRu": "Порядок",
               "weight": 2, "choices": [
                 {"value": "good", "labelEn": "Good", "labelRu": "Хорошо", "score": 2},
                 {"value": "poor", "labelEn": "Poor", "labelRu": "Плохо", "score": -2},
                 {"value": "na", "labelEn": "N/A", "labelRu": "Н/П"}],
               "showWhen": {"or": [{"==": [{"var": "latches"}, "no"]}, {">": [{"var": "load"}, 5]}]}},
              {"name": "gauge", "type": "TEXT", "labelEn": "Gauge's reading", "labelRu": "Показания",
               "requireNoteWhen": {"in": [{"var": "housekeeping"}, ["poor", "na"]]}},
              {"name": "signed", "type": "SIGNATURE", "labelEn": "Operator", "labelRu": "Машинист"}
            ]}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTemplateExportedToASpreadsheetIsImportedUnchanged() throws Exception {
        var original = draft("hse", CHECK.formatted("Round trip " + UUID.randomUUID()));
        var file = download("hse", original);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            assertThat(sheet.getRow(3)
                            .getCell(QuestionColumn.SHOW_WHEN.ordinal())
                            .getStringCellValue())
                    .isEqualTo("${latches} = 'no' or ${load} > 5");
        }
        var copy = draft("hse", "{\"title\": \"Copy %s\", \"questions\": []}".formatted(UUID.randomUUID()));

        upload("hse", copy, file, "checklist.xlsx").andExpect(status().isOk());

        var questions = JsonMapper.shared()
                .readTree(body(call("hse", get("/api/v1/checklist-templates/" + original), null)))
                .get("questions");
        var imported = JsonMapper.shared()
                .readTree(body(call("hse", get("/api/v1/checklist-templates/" + copy), null)))
                .get("questions");
        assertThat(imported).hasSize(5);
        assertThat(imported.toString()).isEqualTo(questions.toString());
    }

    @Test
    void aFileWithWrongCellsIsRefusedWholeNamingEachCellAndTheDraftStaysAsItWas() throws Exception {
        var id = draft("hse", CHECK.formatted("Broken file " + UUID.randomUUID()));
        var before = body(call("hse", get("/api/v1/checklist-templates/" + id), null));
        var csv = String.join(
                "\n",
                "type\tname\tlabelEn\tlabelRu\tchoices\tweight\tshowWhen",
                "yes_no\tlatches\tLatches?\tЗамки?\t\t1\t",
                "yes_or_no\thooks\tHooks?\tКрюки?\t\t1\t",
                "choice\tgrade\tGrade\tОценка\tgood | Good | Хорошо | 2; poor | Poor\t1\t",
                "number\tload\tLoad\tГруз\t\tmany\t",
                "yes_no\toverload\tOverload?\tПерегруз?\t\t1\t${latches} = 'no' and ${lod} > 5",
                "yes_no\tlatches\tAgain?\tСнова?\t\t1\t${latches} = ");

        var refused = upload("hse", id, csv.getBytes(StandardCharsets.UTF_8), "checklist.csv")
                .andExpect(status().isBadRequest());

        var rows = JsonPath.<List<Map<String, Object>>>read(body(refused), "$.rows");
        assertThat(rows)
                .extracting(row -> row.get("row") + " " + row.get("column"))
                .contains("3 type", "4 choices", "5 weight", "7 showWhen");
        assertThat(body(call("hse", get("/api/v1/checklist-templates/" + id), null)))
                .isEqualTo(before);

        var onlyRules = String.join(
                "\n",
                "type\tname\tlabelEn\tlabelRu\tshowWhen",
                "yes_no\tlatches\tLatches?\tЗамки?\t",
                "yes_no\toverload\tOverload?\tПерегруз?\t${latches} = 'no' and ${lod} > 5",
                "yes_no\tlatches\tAgain?\tСнова?\t");
        var ruled = upload("hse", id, onlyRules.getBytes(StandardCharsets.UTF_8), "checklist.csv")
                .andExpect(status().isBadRequest());
        assertThat(JsonPath.<List<Map<String, Object>>>read(body(ruled), "$.rows"))
                .extracting(row -> row.get("row") + " " + row.get("column"))
                .containsExactlyInAnyOrder("3 showWhen", "4 name");
        assertThat(body(ruled)).contains("lod");
        assertThat(body(call("hse", get("/api/v1/checklist-templates/" + id), null)))
                .isEqualTo(before);
    }

    @Test
    void onlyThoseWhoKeepATemplateReplaceItsQuestionsAndAnotherContractorLearnsNothingOfIt() throws Exception {
        var plants = draft("hse", CHECK.formatted("Plant's sheet " + UUID.randomUUID()));
        var file = download("worker", plants);
        for (var notKeeper : List.of("manager", "contractor1")) {
            upload(notKeeper, plants, file, "checklist.xlsx").andExpect(status().isForbidden());
        }
        var contractors = draft("contractor1", CHECK.formatted("Contractor's sheet " + UUID.randomUUID()));
        call("contractor2", get("/api/v1/checklist-templates/" + contractors + "/sheet"), null)
                .andExpect(status().isNotFound());
        upload("contractor2", contractors, file, "checklist.xlsx").andExpect(status().isNotFound());
        upload("contractor1", contractors, file, "checklist.xlsx")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.questions.length()").value(5));
    }

    /** The template's questions as a spreadsheet, streamed as an export is. */
    private byte[] download(String username, String id) throws Exception {
        var started = call(username, get("/api/v1/checklist-templates/" + id + "/sheet"), null)
                .andReturn();
        return mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private ResultActions upload(String username, String id, byte[] content, String name) throws Exception {
        var version = calls().version(id);
        var request = multipart("/api/v1/checklist-templates/" + id + "/sheet")
                .file(new MockMultipartFile("file", name, "application/octet-stream", content))
                .header("If-Match", "\"" + version + "\"");
        return call(username, request, null);
    }

    private String draft(String username, String json) throws Exception {
        return calls().draft(username, json);
    }

    private ChecklistCalls calls;

    private ChecklistCalls calls() {
        if (calls == null) {
            calls = new ChecklistCalls(mvc, jdbc, new Logins(context));
        }
        return calls;
    }

    private ResultActions call(String username, AbstractMockHttpServletRequestBuilder<?> request, String json)
            throws Exception {
        return calls().call(username, request, json);
    }

    private static String body(ResultActions result) throws Exception {
        return ChecklistCalls.body(result);
    }
}
