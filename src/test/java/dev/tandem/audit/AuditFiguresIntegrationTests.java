package dev.tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.organisation.DefineSite;
import dev.tandem.organisation.PlantStructure;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The inspections' figures on a site of their own: the score of several inspections together by the one formula (all
 * points over all possible, not a mean of percentages), the question failed most often against its version's best
 * answer, findings open, adherence to a schedule (missed, late, on schedule), each contractor reading only its own
 * work's figures, and the page and the dashboard's panel saying how each figure is made.
 */
@TandemIntegrationTest
class AuditFiguresIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OfflineInspections offline;

    @Autowired
    ScheduledInspections scheduled;

    InspectionFixture fixture;
    UUID site;

    @BeforeEach
    void setUp() {
        fixture = new InspectionFixture(mvc, context, jdbc);
        var code = "F" + UUID.randomUUID().toString().substring(0, 6);
        site = context.getBean(PlantStructure.class)
                .createSite(
                        null,
                        DefineSite.named(code, "Coke plant " + code, "Asia/Yekaterinburg", "Coke road 1"),
                        fixture.logins.viewer("hse"))
                .id();
    }

    @Test
    void scoresTogetherByTheOneFormulaTheMostFailedQuestionAndFindingsEachContractorReadingItsOwn() throws Exception {
        inspect("contractor1", "no");
        inspect("contractor2", "yes");
        inspect("contractor2", "yes");

        var all = figures("hse");
        assertThat(JsonPath.<List<Integer>>read(
                        all, "$.byTemplate[?(@.key == '" + fixture.template + "')].inspections"))
                .containsExactly(3);
        assertThat(List.of(
                        number(all, "$.total.score.points"),
                        number(all, "$.total.score.possible"),
                        number(all, "$.total.score.percentage")))
                .as("6 of 9 points together (latches weigh 3, the other questions carry no score), not a mean")
                .containsExactly(6.0, 9.0, 66.7);
        assertThat(JsonPath.<List<String>>read(all, "$.byContractor[*].label")).hasSize(2);
        assertThat(JsonPath.<String>read(all, "$.mostFailed[0].question")).isEqualTo("latches");
        assertThat(JsonPath.<Integer>read(all, "$.mostFailed[0].failed")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(all, "$.mostFailed[0].answered")).isEqualTo(3);
        assertThat(JsonPath.<Integer>read(all, "$.findings.open")).isEqualTo(1);

        var own = figures("contractor1");
        assertThat(JsonPath.<Integer>read(own, "$.total.inspections"))
                .as("contractor1 reads its own work's figures only")
                .isEqualTo(1);
        assertThat(number(own, "$.total.score.percentage")).isEqualTo(0.0);
        assertThat(JsonPath.<List<String>>read(own, "$.byContractor[*].label"))
                .containsExactly(jdbc.sql("select name from organisation where id = :id")
                        .param("id", fixture.logins.viewer("contractor1").organisationId())
                        .query(String.class)
                        .single());
        assertThat(JsonPath.<Integer>read(figures("contractor2"), "$.findings.open"))
                .as("never another contractor's findings")
                .isZero();
    }

    @Test
    void adherenceCountsWhatWasDueMissedLateAndOnSchedule() throws Exception {
        var schedule = JsonPath.<String>read(
                ChecklistCalls.body(fixture.calls
                        .call(
                                "hse",
                                post("/api/v1/inspection-schedules"),
                                """
                                {"templateId": "%s", "siteId": "%s", "cadence": "SHIFT", "times": "08:00, 20:00",
                                 "assignedRole": "WORKER"}"""
                                        .formatted(fixture.template, site))
                        .andExpect(status().isCreated())),
                "$.id");
        var slot = jdbc.sql("select next_slot_at from audit_schedule where id = :id")
                .param("id", UUID.fromString(schedule))
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        var due = scheduled.makeDue(Clock.fixed(slot.plusSeconds(60), ZoneOffset.UTC)).stream()
                .filter(id -> jdbc.sql("select schedule_id from audit_inspection where id = :id")
                        .param("id", id)
                        .query(UUID.class)
                        .single()
                        .equals(UUID.fromString(schedule)))
                .findFirst()
                .orElseThrow();
        jdbc.sql("update audit_inspection set due_at = now() - interval '1 hour' where id = :id")
                .param("id", due)
                .update();
        assertThat(JsonPath.<Map<String, Object>>read(figures("hse"), "$.adherence"))
                .as("its time ended and it was not done")
                .containsEntry("due", 1)
                .containsEntry("missed", 1)
                .containsKey("percent");
        assertThat(number(figures("hse"), "$.adherence.percent")).isEqualTo(0.0);

        var inspection = due.toString();
        fixture.calls
                .onInspection(
                        "worker",
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                "/api/v1/inspections/" + inspection + "/answers"),
                        inspection,
                        "{\"answers\": {\"latches\": \"yes\", \"load\": \"2\"}}")
                .andExpect(status().isOk());
        fixture.calls.complete("worker", inspection).andExpect(status().isOk());
        assertThat(JsonPath.<Map<String, Object>>read(figures("hse"), "$.adherence"))
                .as("completed after its time ended")
                .containsEntry("late", 1)
                .containsEntry("onSchedule", 0);

        jdbc.sql("update audit_inspection set completed_at = due_at - interval '1 minute' where id = :id")
                .param("id", due)
                .update();
        assertThat(JsonPath.<Map<String, Object>>read(figures("hse"), "$.adherence"))
                .as("completed in its time")
                .containsEntry("onSchedule", 1)
                .containsKey("percent");
        assertThat(number(figures("hse"), "$.adherence.percent")).isEqualTo(100.0);
    }

    @Test
    void thePageAndTheDashboardPanelSayHowEachFigureIsMade() throws Exception {
        inspect("contractor1", "no");
        mvc.perform(get("/audit/figures").param("siteId", site.toString()).with(fixture.logins.as("hse")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("not a mean of percentages")))
                .andExpect(content().string(Matchers.containsString("scores below its question&#39;s best answer")))
                .andExpect(content().string(Matchers.containsString("Are the safety latches of every hook")));
        mvc.perform(get("/audit/figures/panel")
                        .param("site", site.toString())
                        .with(fixture.logins.as("director"))
                        .locale(java.util.Locale.forLanguageTag("ru")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("по единому правилу просрочки")));
    }

    /** A crane check on the test's site, done on the phone by the contractor's supervisor with latches as given. */
    private void inspect(String username, String latches) {
        var viewer = fixture.logins.viewer(username);
        var findings = "no".equals(latches)
                ? List.of(new RaiseFinding("latches", "Bent", null, viewer.personId(), null))
                : List.<RaiseFinding>of();
        offline.receive(
                new InspectionDoneOffline(
                        UUID.randomUUID(),
                        fixture.template,
                        null,
                        site,
                        null,
                        null,
                        null,
                        null,
                        Map.of("latches", latches, "load", "2"),
                        Map.of(),
                        findings,
                        null),
                "no".equals(latches) ? Map.of("latches", ChecklistCalls.png()) : Map.of(),
                null,
                viewer);
    }

    private static double number(String json, String path) {
        return JsonPath.<Number>read(json, path).doubleValue();
    }

    private String figures(String username) throws Exception {
        return ChecklistCalls.body(fixture.calls
                .call(username, get("/api/v1/inspections/figures?siteId=" + site), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").exists()));
    }
}
