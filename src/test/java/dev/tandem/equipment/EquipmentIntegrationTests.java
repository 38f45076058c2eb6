package dev.tandem.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The registry through the API: registering idempotently by the client's id, reading with the version as ETag,
 * changing with If-Match, voiding with a reason, the history, the list with its filters, order and pages, exports.
 */
@TandemIntegrationTest
class EquipmentIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    Machines machines;
    String hse;
    Machines.Place blastFurnace;
    Machines.Place hotStripMill;

    @BeforeEach
    void setUp() {
        var logins = new Logins(context);
        machines = new Machines(mvc, jdbc, logins);
        hse = logins.bearer("hse");
        blastFurnace = machines.area("BF2");
        hotStripMill = machines.area("HSM");
    }

    @Test
    void registeringTwiceWithTheSameIdStoresOneMachine() throws Exception {
        var id = UUID.randomUUID();
        var code = Machines.unique("C");
        var body = registration(id, blastFurnace, code, "COMPRESSOR", "MEDIUM");
        register(body)
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.id").value(id.toString()))
                .andExpect(jsonPath("$.state").doesNotExist());
        register(body).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(id.toString()));
        assertThat(jdbc.sql("select count(*) from equipment where code = :code")
                        .param("code", code)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(get("/api/v1/equipment/{id}/history", id).header("Authorization", hse))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].kind").value("CREATED"));
    }

    @Test
    void aChangeNeedsTheVersionItWasMadeOnAndIsKeptInTheHistory() throws Exception {
        var id = machines.register(Machines.unique("F"));
        var code = Machines.unique("F");
        var changed = registration(null, blastFurnace, code, "FAN", "LOW");
        update(id, "\"0\"", changed).andExpect(status().isOk()).andExpect(header().string("ETag", "\"1\""));
        update(id, "\"0\"", registration(null, blastFurnace, code, "FAN", "HIGH"))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(get("/api/v1/equipment/{id}", id).header("Authorization", hse))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.criticality").value("LOW"))
                .andExpect(jsonPath("$.code").value(code));
        mvc.perform(get("/api/v1/equipment/{id}/history", id).header("Authorization", hse))
                .andExpect(jsonPath("$[1].kind").value("UPDATED"))
                .andExpect(jsonPath("$[1].changes.criticality.from").value("HIGH"))
                .andExpect(jsonPath("$[1].changes.criticality.to").value("LOW"));

        mvc.perform(post("/api/v1/equipment/{id}/void", id)
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/equipment/{id}/void", id)
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Scrapped after the fire\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.voided.reason").value("Scrapped after the fire"));
        update(id, "*", changed).andExpect(status().isBadRequest());
    }

    @Test
    void theAreaMustLieOnTheSiteAndTheCodeBeFreeOnIt() throws Exception {
        var wrongArea = new Machines.Place(blastFurnace.siteId(), hotStripMill.areaId());
        register(registration(null, wrongArea, Machines.unique("P"), "PUMP", "HIGH"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("areaId"));
        var unknownSite = new Machines.Place(UUID.randomUUID(), blastFurnace.areaId());
        register(registration(null, unknownSite, Machines.unique("P"), "PUMP", "HIGH"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("siteId"));
        var code = Machines.unique("P");
        machines.register(code);
        register(registration(null, blastFurnace, code.toLowerCase(), "PUMP", "HIGH"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("code"));
        register("{\"siteId\": \"%s\", \"areaId\": \"%s\", \"code\": \"\", \"type\": \"ROCKET\"}"
                        .formatted(blastFurnace.siteId(), blastFurnace.areaId()))
                .andExpect(status().isBadRequest());
        register(registration(null, blastFurnace, "", "PUMP", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'code')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'criticality')]").exists());
        mvc.perform(get("/api/v1/equipment/{id}", UUID.randomUUID()).header("Authorization", hse))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from equipment where lower(code) = lower(:code)")
                        .param("code", code)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theListFiltersSearchesSortsAndPages() throws Exception {
        var tag = UUID.randomUUID().toString().substring(0, 6);
        var pump = register(registration(null, hotStripMill, "P-" + tag + "-1", "PUMP", "HIGH"));
        var fan = register(registration(null, hotStripMill, "F-" + tag + "-2", "FAN", "LOW"));
        var crane = register(registration(null, blastFurnace, "CR-" + tag + "-3", "CRANE", "MEDIUM"));
        var pumpId = id(pump);
        var fanId = id(fan);
        id(crane);
        machines.record(pumpId, Instant.now().minus(Duration.ofHours(1)), "DOWN", "MECHANICAL");
        machines.record(fanId, Instant.now().minus(Duration.ofHours(1)), "RUNNING", null);

        list("q", tag)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(3));
        list("q", tag, "areaId", hotStripMill.areaId().toString())
                .andExpect(jsonPath("$.totalItems").value(2));
        list("q", tag, "siteId", blastFurnace.siteId().toString(), "type", "CRANE")
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].code").value("CR-" + tag + "-3"));
        list("q", tag, "criticality", "LOW")
                .andExpect(jsonPath("$.items[0].code").value("F-" + tag + "-2"));
        list("q", tag, "state", "DOWN")
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].state").value("DOWN"))
                .andExpect(jsonPath("$.items[0].stateReason").value("MECHANICAL"));
        list("q", tag, "sort", "criticality")
                .andExpect(jsonPath("$.items[0].criticality").value("HIGH"))
                .andExpect(jsonPath("$.items[2].criticality").value("LOW"));
        list("q", tag, "sort", "code,desc", "size", "2")
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].code").value("P-" + tag + "-1"))
                .andExpect(jsonPath("$.totalItems").value(3));
        list("q", tag, "sort", "serial").andExpect(status().isBadRequest());
        list("q", "Cooling water pump").andExpect(jsonPath("$.items[0].code").value("P-101"));
    }

    @Test
    void theListIsExportedToExcelAndCsvWithItsFilters() throws Exception {
        var tag = UUID.randomUUID().toString().substring(0, 6);
        var pump = id(register(registration(null, hotStripMill, "P-" + tag, "PUMP", "HIGH")));
        id(register(registration(null, hotStripMill, "F-" + tag, "FAN", "LOW")));
        machines.record(pump, Instant.now().minus(Duration.ofHours(2)), "DOWN", "ELECTRICAL");

        var csv = new String(
                download(get("/api/v1/equipment/export")
                        .header("Authorization", hse)
                        .header("Accept-Language", "ru")
                        .param("format", "csv")
                        .param("q", tag)
                        .param("sort", "code")),
                StandardCharsets.UTF_8);
        var lines = csv.substring(1).split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("Площадка;Участок;Код;Наименование;Тип;Критичность;Состояние");
        assertThat(lines[1]).contains("F-" + tag, "Вентилятор", "Низкая");
        assertThat(lines[2]).contains("P-" + tag, "Насос", "Остановлено", "Электрическая неисправность");

        var xlsx = download(get("/equipment/export.xlsx")
                .with(new Logins(context).as("worker"))
                .param("q", tag)
                .param("type", "PUMP"));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("P-" + tag);
            assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("Down");
        }
        mvc.perform(get("/api/v1/equipment/export").header("Authorization", hse).param("format", "pdf"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("format"));
    }

    @Test
    void thePlantsDowntimesAreListedFilteredAndExported() throws Exception {
        var tag = UUID.randomUUID().toString().substring(0, 6);
        var pump = id(register(registration(null, hotStripMill, "P-" + tag, "PUMP", "HIGH")));
        var fan = id(register(registration(null, blastFurnace, "F-" + tag, "FAN", "LOW")));
        var now = Instant.now();
        machines.record(pump, now.minus(Duration.ofHours(5)), "DOWN", "ELECTRICAL");
        machines.record(pump, now.minus(Duration.ofHours(4)), "RUNNING", null);
        machines.record(fan, now.minus(Duration.ofHours(3)), "DOWN", "PLANNED_MAINTENANCE");
        var worker = new Logins(context).as("worker");

        mvc.perform(get("/equipment/downtimes")
                        .with(worker)
                        .param("siteId", hotStripMill.siteId().toString())
                        .param("reason", "ELECTRICAL")
                        .param("planned", "false"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("P-" + tag)))
                .andExpect(content().string(not(containsString("F-" + tag))));
        mvc.perform(get("/equipment/downtimes").with(worker).param("lang", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Остановки по всему предприятию")));

        var csv = new String(
                download(get("/equipment/downtimes/export.csv")
                        .with(worker)
                        .header("Accept-Language", "ru")
                        .param("areaId", blastFurnace.areaId().toString())
                        .param("planned", "true")
                        .param("sort", "equipment")),
                StandardCharsets.UTF_8);
        var lines = Arrays.stream(csv.substring(1).split("\r\n"))
                .filter(line -> line.startsWith("Площадка") || line.contains("-" + tag))
                .toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("Площадка;Код;Наименование;Начало;Конец;Длительность (ч);Причина");
        assertThat(lines.get(1)).contains("F-" + tag, "Плановый ремонт").doesNotContain("P-" + tag);

        var xlsx = download(get("/equipment/downtimes/export.xlsx")
                .with(worker)
                .param("reason", "ELECTRICAL")
                .param("from", LocalDate.now().minusDays(1).toString()));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            var codes = new ArrayList<String>();
            for (int row = 1; row <= sheet.getLastRowNum(); row++) {
                codes.add(sheet.getRow(row).getCell(1).getStringCellValue());
                assertThat(sheet.getRow(row).getCell(6).getStringCellValue()).isEqualTo("Electrical failure");
            }
            assertThat(codes).contains("P-" + tag).doesNotContain("F-" + tag);
        }
    }

    private byte[] download(MockHttpServletRequestBuilder request) throws Exception {
        var started = mvc.perform(request).andReturn();
        return mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private ResultActions list(String... parameters) throws Exception {
        var request = get("/api/v1/equipment").header("Authorization", hse);
        for (int i = 0; i < parameters.length; i += 2) {
            request.param(parameters[i], parameters[i + 1]);
        }
        return mvc.perform(request);
    }

    private ResultActions register(String body) throws Exception {
        return mvc.perform(post("/api/v1/equipment")
                .header("Authorization", hse)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private ResultActions update(UUID id, String ifMatch, String body) throws Exception {
        var request = put("/api/v1/equipment/{id}", id)
                .header("Authorization", hse)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return mvc.perform(request);
    }

    private static UUID id(ResultActions created) throws Exception {
        var json = created.andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return UUID.fromString(JsonPath.read(json, "$.id"));
    }

    private static String registration(UUID id, Machines.Place place, String code, String type, String criticality) {
        return """
                {%s"siteId": "%s", "areaId": "%s", "code": "%s", "name": "Machine %s", "type": "%s", "criticality": %s}"""
                .formatted(
                        id == null ? "" : "\"id\": \"" + id + "\", ",
                        place.siteId(),
                        place.areaId(),
                        code,
                        code,
                        type,
                        criticality == null ? "null" : "\"" + criticality + "\"");
    }
}
