package dev.tandem.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The equipment pages: the list, registering and changing from a phone, recording a state, voiding a change. */
@TandemIntegrationTest
class EquipmentPagesIntegrationTests {

    static final ZoneId PLANT = ZoneId.of("Asia/Yekaterinburg");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    Logins logins;
    Machines machines;
    Machines.Place blastFurnace;

    @BeforeEach
    void setUp() {
        logins = new Logins(context);
        machines = new Machines(mvc, jdbc, logins);
        blastFurnace = machines.area("BF2");
    }

    @Test
    void theListShowsTheMachinesWithTheirStateInEnglishAndRussian() throws Exception {
        mvc.perform(get("/equipment").with(logins.as("worker")).param("q", "P-101"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cooling water pump No.1")))
                .andExpect(content().string(containsString("data-state=\"RUNNING\"")))
                .andExpect(content().string(containsString("href=\"/equipment/upload\"")));
        mvc.perform(get("/equipment").with(logins.as("hse")).param("lang", "ru").param("type", "CONVEYOR"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Оборудование")))
                .andExpect(content().string(containsString("CV-201")))
                .andExpect(content().string(containsString("Конвейер")))
                .andExpect(content().string(containsString("Новое оборудование")));
    }

    @Test
    void aMachineIsRegisteredOnceFromThePhoneFormAndChangedWithTheVersionItWasMadeOn() throws Exception {
        mvc.perform(get("/equipment/new").with(logins.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"newId\"")));
        var newId = UUID.randomUUID();
        var code = Machines.unique("FN");
        for (int attempt = 0; attempt < 2; attempt++) {
            mvc.perform(post("/equipment")
                            .with(logins.as("manager"))
                            .with(csrf())
                            .param("newId", newId.toString())
                            .param("siteId", blastFurnace.siteId().toString())
                            .param("areaId", blastFurnace.areaId().toString())
                            .param("code", code)
                            .param("name", "Вентилятор аспирации")
                            .param("type", "FAN")
                            .param("criticality", "LOW"))
                    .andExpect(redirectedUrl("/equipment/" + newId + "?saved"));
        }
        assertThat(jdbc.sql("select count(*) from equipment where code = :code")
                        .param("code", code)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        var elsewhere = machines.area("HSM").areaId();
        mvc.perform(post("/equipment/{id}", newId)
                        .with(logins.as("manager"))
                        .with(csrf())
                        .param("version", "0")
                        .param("siteId", blastFurnace.siteId().toString())
                        .param("areaId", elsewhere.toString())
                        .param("code", code)
                        .param("name", "Вентилятор аспирации")
                        .param("type", "FAN")
                        .param("criticality", "HIGH"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is no such area in use.")));
        mvc.perform(post("/equipment/{id}", newId)
                        .with(logins.as("manager"))
                        .with(csrf())
                        .param("version", "0")
                        .param("siteId", blastFurnace.siteId().toString())
                        .param("areaId", blastFurnace.areaId().toString())
                        .param("code", code)
                        .param("name", "Вентилятор аспирации")
                        .param("type", "FAN")
                        .param("criticality", "HIGH"))
                .andExpect(redirectedUrl("/equipment/" + newId + "?saved"));
        mvc.perform(post("/equipment/{id}", newId)
                        .with(logins.as("hse"))
                        .with(csrf())
                        .param("version", "0")
                        .param("siteId", blastFurnace.siteId().toString())
                        .param("areaId", blastFurnace.areaId().toString())
                        .param("code", code)
                        .param("name", "Someone else's idea")
                        .param("type", "FAN")
                        .param("criticality", "LOW"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed this record meanwhile")));
        mvc.perform(get("/equipment/{id}/edit", newId).with(logins.as("worker")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<fieldset disabled")));
    }

    @Test
    void aStateIsRecordedFromTheMachinesPageAndAMistakeVoided() throws Exception {
        var machine = machines.register(Machines.unique("P"));
        mvc.perform(post("/equipment/{id}/states", machine)
                        .with(logins.as("worker"))
                        .with(csrf())
                        .param("id", UUID.randomUUID().toString())
                        .param("state", "DOWN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Say why the machine is down.")));
        assertThat(machines.changes(machine)).isZero();

        var at = LocalDate.now(PLANT).minusDays(1).atTime(7, 45);
        mvc.perform(post("/equipment/{id}/states", machine)
                        .with(logins.as("worker"))
                        .with(csrf())
                        .param("id", UUID.randomUUID().toString())
                        .param("state", "DOWN")
                        .param("reason", "MECHANICAL")
                        .param("at", at.toString())
                        .param("note", "Подшипник греется"))
                .andExpect(redirectedUrl("/equipment/" + machine + "?recorded"));
        mvc.perform(post("/equipment/{id}/states", machine)
                        .with(logins.as("worker"))
                        .with(csrf())
                        .param("id", UUID.randomUUID().toString())
                        .param("state", "RUNNING")
                        .param("at", "yesterday"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Not a date and time.")));

        mvc.perform(get("/equipment/{id}", machine).with(logins.as("worker")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-state=\"DOWN\"")))
                .andExpect(content().string(containsString(at.toLocalDate() + " 07:45")))
                .andExpect(content().string(containsString("still down")))
                .andExpect(content().string(containsString("Подшипник греется")))
                .andExpect(content().string(containsString("data-state-form")));
        var change = jdbc.sql("select id from equipment_state_change where equipment_id = :id")
                .param("id", machine)
                .query(UUID.class)
                .single();
        assertThat(jdbc.sql("select at from equipment_state_change where id = :id")
                        .param("id", change)
                        .query(java.time.OffsetDateTime.class)
                        .single()
                        .toInstant())
                .isEqualTo(at.atZone(PLANT).toInstant());

        mvc.perform(post("/equipment/states/{id}/void", change)
                        .with(logins.as("manager"))
                        .with(csrf())
                        .param("reason", "Wrong pump"))
                .andExpect(redirectedUrl("/equipment/" + machine + "?voidedChange"));
        mvc.perform(get("/equipment/{id}", machine).with(logins.as("manager")).param("lang", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Аннулировано: Wrong pump")))
                .andExpect(content().string(containsString("Надёжность за период")));
        assertThat(machines.downtimes(machine)).isZero();
    }

    @Test
    void theMachinesPageShowsMtbfAndMttrForTheChosenDaysAndExportsItsTimeline() throws Exception {
        var machine = machines.register(Machines.unique("P"));
        var day = LocalDate.now(PLANT).minusDays(3);
        machines.record(machine, day.atTime(0, 0).atZone(PLANT).toInstant(), "RUNNING", null);
        machines.record(machine, day.atTime(10, 0).atZone(PLANT).toInstant(), "DOWN", "PROCESS");
        machines.record(machine, day.atTime(14, 0).atZone(PLANT).toInstant(), "RUNNING", null);
        mvc.perform(get("/equipment/{id}", machine)
                        .with(logins.as("director"))
                        .param("from", day.toString())
                        .param("to", day.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-mtbf>20 h<")))
                .andExpect(content().string(containsString("data-mttr>4 h<")))
                .andExpect(content().string(containsString("data-failures>1<")))
                .andExpect(content().string(containsString("4.0 h")));
        var started = mvc.perform(get("/equipment/{id}/states/export.csv", machine)
                        .with(logins.as("director"))
                        .param("from", day.toString())
                        .param("to", day.toString()))
                .andReturn();
        var csv = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(4);
        assertThat(csv).contains(day + " 10:00,Down,Process upset");
    }

    @Test
    void theStateListOffersOneVoidFormForTheChangeChosenNotOneRedButtonPerRow() throws Exception {
        var machine = machines.register(Machines.unique("P"));
        var start = java.time.Instant.now().minus(java.time.Duration.ofHours(5));
        machines.record(machine, start, "RUNNING", null);
        machines.record(machine, start.plusSeconds(3600), "DOWN", "MECHANICAL");
        machines.record(machine, start.plusSeconds(7200), "RUNNING", null);
        var changes = jdbc.sql("select id from equipment_state_change where equipment_id = :id order by at")
                .param("id", machine)
                .query(UUID.class)
                .list();

        var listed = page("/equipment/" + machine + "?lang=en", "manager");
        assertThat(count(listed, "data-void-link")).isEqualTo(3);
        assertThat(count(listed, "data-void-change")).isZero();

        var chosen = page("/equipment/" + machine + "?lang=en&voiding=" + changes.get(1), "manager");
        assertThat(count(chosen, "data-void-change")).isEqualTo(1);
        assertThat(count(chosen, "btn-outline-danger"))
                .as("one red button more than the page has without a change chosen")
                .isEqualTo(count(listed, "btn-outline-danger") + 1);
        assertThat(chosen).contains("action=\"/equipment/states/" + changes.get(1) + "/void\"");
        assertThat(count(chosen, "data-void-link")).isEqualTo(2);

        var contractors = page("/equipment/" + machine + "?voiding=" + changes.get(1), "contractor1");
        assertThat(count(contractors, "data-void-change") + count(contractors, "data-void-link"))
                .isZero();
        mvc.perform(post("/equipment/states/{id}/void", changes.get(1))
                        .with(logins.as("contractor1"))
                        .with(csrf())
                        .param("reason", "Not ours to void"))
                .andExpect(status().isForbidden());
    }

    private String page(String path, String username) throws Exception {
        return mvc.perform(get(path).with(logins.as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static long count(String html, String text) {
        return java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(text))
                .matcher(html)
                .results()
                .count();
    }
}
