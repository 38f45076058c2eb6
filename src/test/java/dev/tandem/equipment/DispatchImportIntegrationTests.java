package dev.tandem.equipment;

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
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Uploads of dispatch data: all rows or none, every wrong cell listed, unreadable files refused, exports read back. */
@TandemIntegrationTest
class DispatchImportIntegrationTests {

    static final ZoneId PLANT = ZoneId.of("Asia/Yekaterinburg");
    static final String HEADER = "site,equipment,at,state,reason,note\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    Logins logins;
    Machines machines;
    String manager;
    String code;
    UUID machine;
    LocalDate day;

    @BeforeEach
    void setUp() throws Exception {
        logins = new Logins(context);
        machines = new Machines(mvc, jdbc, logins);
        manager = logins.bearer("manager");
        code = Machines.unique("P");
        machine = machines.register(code);
        day = LocalDate.now(PLANT).minusDays(7);
    }

    @Test
    void aFileWithoutErrorsImportsEveryRowInAnyOrderAndAgainNothing() throws Exception {
        var csv = HEADER
                + "UMW,%s,%s 14:00,RUNNING,,\r\n".formatted(code, day)
                + ",%s,%s 06:00,Running,,\r\n".formatted(code.toLowerCase(), day)
                + ",,,,,\r\n"
                + "umw,%s,%sT09:30:00+05:00,Остановлено,Механическая неисправность,\"Seal leak, again\"\r\n"
                        .formatted(code, day)
                + ",%s,%s 12:00,idle,NO_MATERIAL,\r\n".formatted(machine, day);
        upload(csv("dispatch.csv", csv), manager)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(4))
                .andExpect(jsonPath("$.unchanged").value(0));
        var downtime = jdbc.sql("select started_at, ended_at, reason, note from downtime where equipment_id = :id")
                .param("id", machine)
                .query((rs, row) -> rs.getObject("started_at", java.time.OffsetDateTime.class)
                                .toInstant()
                        + " "
                        + rs.getObject("ended_at", java.time.OffsetDateTime.class)
                                .toInstant()
                        + " " + rs.getString("reason") + " " + rs.getString("note"))
                .single();
        assertThat(downtime)
                .isEqualTo(day.atTime(9, 30).atZone(PLANT).toInstant() + " "
                        + day.atTime(12, 0).atZone(PLANT).toInstant() + " MECHANICAL Seal leak, again");
        assertThat(jdbc.sql("select count(*) from equipment_state_change where equipment_id = :id and source = 'FILE'")
                        .param("id", machine)
                        .query(Long.class)
                        .single())
                .isEqualTo(4);

        var russian = "Площадка;Оборудование;Время;Состояние;Причина;Примечание\n"
                + ";%s;%s 06:00;RUNNING;;\n"
                        .formatted(code, day.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")))
                + ";%s;%s 18:00;DOWN;PLANNED_MAINTENANCE;ППР\n".formatted(code, day);
        upload(csv("dispatch.csv", russian), manager)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.unchanged").value(1));
        assertThat(machines.changes(machine)).isEqualTo(5);
        assertThat(machines.downtimes(machine)).isEqualTo(2);
    }

    @Test
    void timesPostgresqlCannotStoreAreRowErrorsAndNothingIsImported() throws Exception {
        var csv = HEADER
                + "UMW,%s,%s 06:00,RUNNING,,\n".formatted(code, day)
                + "UMW,%s,0000-01-01 06:00,IDLE,NO_MATERIAL,\n".formatted(code)
                + "UMW,%s,-5000-01-01T06:00:00+05:00,RUNNING,,\n".formatted(code)
                + "UMW,%s,01.01.0000 07:00,RUNNING,,\n".formatted(code)
                + "UMW,%s,+300000-01-01T06:00:00Z,RUNNING,,\n".formatted(code);
        upload(csv("dispatch.csv", csv), manager)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Nothing was imported: 4 rows have errors."))
                .andExpect(jsonPath("$.rows.length()").value(4))
                .andExpect(jsonPath("$.rows[0].row").value(3))
                .andExpect(jsonPath("$.rows[0].column").value("at"))
                .andExpect(jsonPath("$.rows[0].message").value("A date must lie between the years 1 and 9999."))
                .andExpect(jsonPath("$.rows[1].column").value("at"))
                .andExpect(jsonPath("$.rows[2].column").value("at"))
                .andExpect(jsonPath("$.rows[3].row").value(6))
                .andExpect(jsonPath("$.rows[3].column").value("at"));
        assertThat(machines.changes(machine)).isZero();
    }

    @Test
    void aFileWithAnyWrongRowImportsNothingAndListsEveryWrongCell() throws Exception {
        var csv = HEADER
                + "UMW,%s,%s 06:00,RUNNING,,\n".formatted(code, day)
                + "UMW,NO-SUCH-PUMP,%s 07:00,RUNNING,,\n".formatted(day)
                + "XXX,%s,yesterday,BROKEN,GREMLINS,\n".formatted(code)
                + "UMW,%s,%s 08:00,DOWN,,\n".formatted(code, day)
                + "UMW,%s,%s 06:00,IDLE,,\n".formatted(code, day)
                + "UMW,%s,%s 06:00,RUNNING,,\n"
                        .formatted(code, LocalDate.now(PLANT).plusDays(2))
                + "UMW,%s,%s 09:00,RUNNING,,%s\n".formatted(code, day, "x".repeat(1001))
                + ",,%s 10:00,RUNNING,,\n".formatted(day);
        upload(csv("dispatch.csv", csv), manager)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Nothing was imported: 7 rows have errors."))
                .andExpect(jsonPath("$.rows.length()").value(10))
                .andExpect(jsonPath("$.rows[0].row").value(3))
                .andExpect(jsonPath("$.rows[0].column").value("equipment"))
                .andExpect(
                        jsonPath("$.rows[0].message").value("No equipment in use with the code or id “NO-SUCH-PUMP”."))
                .andExpect(jsonPath("$.rows[1].row").value(4))
                .andExpect(jsonPath("$.rows[1].column").value("site"))
                .andExpect(jsonPath("$.rows[2].column").value("at"))
                .andExpect(jsonPath("$.rows[3].column").value("state"))
                .andExpect(jsonPath("$.rows[4].column").value("reason"))
                .andExpect(jsonPath("$.rows[5].row").value(5))
                .andExpect(jsonPath("$.rows[5].column").value("reason"))
                .andExpect(jsonPath("$.rows[5].message").value("Say why the machine is down."))
                .andExpect(jsonPath("$.rows[6].row").value(6))
                .andExpect(jsonPath("$.rows[6].column").value("at"))
                .andExpect(
                        jsonPath("$.rows[6].message").value("The same machine and time as row 2, with another state."))
                .andExpect(jsonPath("$.rows[7].row").value(7))
                .andExpect(jsonPath("$.rows[7].column").value("at"))
                .andExpect(jsonPath("$.rows[8].row").value(8))
                .andExpect(jsonPath("$.rows[8].column").value("note"))
                .andExpect(jsonPath("$.rows[9].row").value(9))
                .andExpect(jsonPath("$.rows[9].column").value("equipment"));
        assertThat(machines.changes(machine)).isZero();
    }

    @Test
    void aCodeUsedOnSeveralSitesNeedsTheSiteCode() throws Exception {
        var hotStripMill = machines.area("HSM");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/equipment")
                        .header("Authorization", logins.bearer("hse"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                """
                                {"siteId": "%s", "areaId": "%s", "code": "%s", "name": "Twin", "type": "PUMP",
                                 "criticality": "LOW"}"""
                                        .formatted(hotStripMill.siteId(), hotStripMill.areaId(), code)))
                .andExpect(status().isCreated());
        upload(csv("dispatch.csv", HEADER + ",%s,%s 06:00,RUNNING,,\n".formatted(code, day)), manager)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.rows[0].column").value("site"))
                .andExpect(jsonPath("$.rows[0].message").value(containsString("several sites")));
        upload(csv("dispatch.csv", HEADER + "UMW,%s,%s 06:00,RUNNING,,\n".formatted(code, day)), manager)
                .andExpect(status().isOk());
        assertThat(machines.changes(machine)).isEqualTo(1);
    }

    @Test
    void anUnreadableFileIsRefusedWithAClearReason() throws Exception {
        unreadable(
                csv("dispatch.csv", "site,equipment,state\nUMW,P-101,RUNNING\n"),
                "The first row must name the columns");
        unreadable(
                new MockMultipartFile(
                        "file",
                        "dispatch.csv",
                        "text/csv",
                        (HEADER + "UMW,P-101,2025-01-01 06:00,RUNNING,,Насос\n")
                                .getBytes(Charset.forName("windows-1251"))),
                "not UTF-8");
        unreadable(csv("dispatch.csv", ""), "no rows");
        unreadable(csv("dispatch.csv", HEADER), "no rows");
        unreadable(csv("dispatch.csv", HEADER + "UMW,\"P-101,2025-01-01 06:00,RUNNING,,\n"), "never closed");
        unreadable(
                csv("dispatch.csv", HEADER + "UMW,P-101,2025-01-01 06:00,RUNNING,,,surprise\n"), "more than 6 cells");
        unreadable(
                new MockMultipartFile("file", "dispatch.xlsx", "application/octet-stream", "PK\3\4broken".getBytes()),
                "cannot be read");
        assertThat(machines.changes(machine)).isZero();
    }

    @Test
    void anExportOfTheTimelineReadsBackAsNothingNew() throws Exception {
        var csv = HEADER
                + "UMW,%s,%s 06:00,RUNNING,,\n".formatted(code, day)
                + "UMW,%s,%s 07:15:30,DOWN,ELECTRICAL,Cable burnt\n".formatted(code, day)
                + "UMW,%s,%s 08:00,IDLE,,\n".formatted(code, day)
                + "UMW,%s,%s 09:00,RUNNING,,\n".formatted(code, day);
        upload(csv("dispatch.csv", csv), manager).andExpect(status().isOk());

        for (var format : new String[] {"xlsx", "csv"}) {
            var started = mvc.perform(get("/api/v1/equipment/{id}/states/export", machine)
                            .header("Authorization", manager)
                            .header("Accept-Language", "ru")
                            .param("format", format)
                            .param("from", day.toString())
                            .param("to", day.toString()))
                    .andReturn();
            var file = mvc.perform(asyncDispatch(started))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            if (format.equals("csv")) {
                assertThat(new String(file, StandardCharsets.UTF_8))
                        .contains("Площадка;Оборудование;Время;Состояние;Причина;Примечание")
                        .contains("UMW;%s;%s 07:15:30;Остановлено;Электрическая неисправность;Cable burnt"
                                .formatted(code, day));
            }
            upload(new MockMultipartFile("file", "dispatch." + format, "application/octet-stream", file), manager)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.created").value(0))
                    .andExpect(jsonPath("$.unchanged").value(4));
        }
        assertThat(machines.changes(machine)).isEqualTo(4);
    }

    @Test
    void thePageImportsAFileOrListsItsWrongCells() throws Exception {
        mvc.perform(multipart("/equipment/upload")
                        .file(csv("dispatch.csv", HEADER + "UMW,%s,%s 06:00,DOWN,,\n".formatted(code, day)))
                        .with(logins.as("manager"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing was imported")))
                .andExpect(content().string(containsString("Say why the machine is down.")));
        mvc.perform(multipart("/equipment/upload")
                        .file(csv("dispatch.csv", "nonsense\n1\n"))
                        .with(logins.as("manager"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The first row must name the columns")));
        assertThat(machines.changes(machine)).isZero();
        mvc.perform(multipart("/equipment/upload")
                        .file(csv("dispatch.csv", HEADER + "UMW,%s,%s 06:00,DOWN,OTHER,\n".formatted(code, day)))
                        .with(logins.as("worker"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/equipment/upload?imported=1&unchanged=0"));
        assertThat(machines.changes(machine)).isEqualTo(1);
    }

    private void unreadable(MockMultipartFile file, String reason) throws Exception {
        upload(file, manager)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.detail").value(containsString(reason)));
    }

    private ResultActions upload(MockMultipartFile file, String token) throws Exception {
        return mvc.perform(
                multipart("/api/v1/equipment/states/import").file(file).header("Authorization", token));
    }

    private static MockMultipartFile csv(String name, String text) {
        return new MockMultipartFile("file", name, "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }
}
