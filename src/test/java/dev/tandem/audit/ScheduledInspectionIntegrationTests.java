package dev.tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import dev.tandem.organisation.DefineSite;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.ReplayableClock;
import dev.tandem.shared.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A schedule makes one due inspection for each slot that begins, on the site's wall clock, however many rounds run
 * at once (as on several nodes); the inspection is due when the next slot begins, for the role it is assigned to.
 * Schedules are planned by the safety department, line managers and contractors' supervisors for their own work.
 */
@TandemIntegrationTest
class ScheduledInspectionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ScheduledInspections scheduled;

    ChecklistCalls calls;
    Logins logins;
    UUID template;
    UUID site;

    @BeforeEach
    void setUp() {
        var fixture = new InspectionFixture(mvc, context, jdbc);
        logins = fixture.logins;
        calls = fixture.calls;
        template = fixture.template;
        var hse = logins.viewer("hse");
        var code = "S" + UUID.randomUUID().toString().substring(0, 6);
        site = context.getBean(PlantStructure.class)
                .createSite(null, DefineSite.named(code, "Rolling mill " + code, "Europe/Berlin", "Mill road 1"), hse)
                .id();
    }

    @Test
    void eachSlotMakesOneDueInspectionHoweverManyRoundsRunAtOnce() throws Exception {
        var schedule = JsonPath.<String>read(
                ChecklistCalls.body(calls.call(
                                "hse",
                                post("/api/v1/inspection-schedules"),
                                """
                                {"templateId": "%s", "siteId": "%s", "cadence": "SHIFT", "times": "20:00, 08:00",
                                 "assignedRole": "WORKER"}"""
                                        .formatted(template, site))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.times").value("08:00, 20:00"))),
                "$.id");
        var firstSlot = jdbc.sql("select next_slot_at from audit_schedule where id = :id")
                .param("id", UUID.fromString(schedule))
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        var local = firstSlot.atZone(java.time.ZoneId.of("Europe/Berlin")).toLocalTime();
        assertThat(local).isIn(java.time.LocalTime.of(8, 0), java.time.LocalTime.of(20, 0));

        var atTheSlot = Clock.fixed(firstSlot.plusSeconds(60), ZoneOffset.UTC);
        var made = new ArrayList<UUID>();
        var nodes = Executors.newFixedThreadPool(3);
        try {
            var rounds = new ArrayList<Callable<List<UUID>>>();
            for (int i = 0; i < 3; i++) {
                rounds.add(() -> scheduled.makeDue(atTheSlot));
            }
            for (var round : nodes.invokeAll(rounds)) {
                try {
                    made.addAll(round.get());
                } catch (java.util.concurrent.ExecutionException lostTheClaim) {
                    // a round that read the slot while another claimed it may fail on the unique slot; none is lost
                }
            }
        } finally {
            nodes.shutdown();
        }
        var inspections = jdbc.sql("select id from audit_inspection where schedule_id = :id")
                .param("id", UUID.fromString(schedule))
                .query(UUID.class)
                .list();
        // the demo's and other tests' schedules may fall due by the same moment: only this schedule's are counted
        assertThat(scheduled.makeDue(atTheSlot)).doesNotContainAnyElementsOf(inspections);
        assertThat(inspections).hasSize(1);
        assertThat(made).filteredOn(inspections::contains).containsExactlyElementsOf(inspections);
        var dueAt = Instant.parse(JsonPath.read(
                ChecklistCalls.body(calls.call("worker", get("/api/v1/inspections/" + inspections.get(0)), null)
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.status").value("DUE"))
                        .andExpect(jsonPath("$.assignedRole").value("WORKER"))),
                "$.dueAt"));
        assertThat(java.time.Duration.between(firstSlot, dueAt).toHours()).isBetween(11L, 13L);
        calls.call("worker", get("/api/v1/inspection-schedules/" + schedule), null)
                .andExpect(jsonPath("$.nextSlotAt").value(dueAt.toString()));
    }

    @Test
    void workersDoNotPlanSchedulesAndAContractorPlansAndReadsOnlyItsOwn() throws Exception {
        var plan =
                """
                {"templateId": "%s", "siteId": "%s", "cadence": "WEEKLY", "times": "07:30", "dayOfWeek": "MONDAY",
                 "assignedPersonId": "%s"}""";
        calls.call(
                        "worker",
                        post("/api/v1/inspection-schedules"),
                        plan.formatted(template, site, logins.viewer("worker").personId()))
                .andExpect(status().isForbidden());
        var own = JsonPath.<String>read(
                ChecklistCalls.body(calls.call(
                                "contractor1",
                                post("/api/v1/inspection-schedules"),
                                plan.formatted(
                                        template,
                                        site,
                                        logins.viewer("contractor1.worker").personId()))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.organisationId")
                                .value(logins.viewer("contractor1")
                                        .organisationId()
                                        .toString()))),
                "$.id");
        calls.call("contractor2", get("/api/v1/inspection-schedules/" + own), null)
                .andExpect(status().isNotFound());
        calls.call(
                        "contractor2",
                        post("/api/v1/inspection-schedules"),
                        plan.formatted(
                                template,
                                site,
                                logins.viewer("contractor1.worker").personId()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("assignedPersonId"));
        calls.call(
                        "hse",
                        post("/api/v1/inspection-schedules"),
                        """
                        {"templateId": "%s", "siteId": "%s", "cadence": "MONTHLY", "times": "07:30",
                         "assignedRole": "WORKER"}"""
                                .formatted(template, site))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dayOfMonth"));
    }

    @Test
    void slotsThatFellDueWhileTheApplicationWasStoppedAreMadeAndCountedAsMissed() throws Exception {
        var clock = context.getBean(ReplayableClock.class);
        var hse = logins.viewer("hse");
        var plannedAt = Instant.now(clock).minus(Duration.ofDays(3));
        var schedule = clock.replay(plannedAt, () -> context.getBean(InspectionPlanning.class)
                        .plan(
                                new PlanSchedule(
                                        null,
                                        template,
                                        site,
                                        null,
                                        null,
                                        Cadence.Frequency.SHIFT,
                                        "08:00, 20:00",
                                        null,
                                        null,
                                        Role.WORKER,
                                        null),
                                hse))
                .record();

        var made = scheduled.makeDue(clock);

        var ours = jdbc.sql("select id from audit_inspection where schedule_id = :id order by slot_at")
                .param("id", schedule.id())
                .query(UUID.class)
                .list();
        assertThat(ours).as("two shifts a day for three days").hasSizeBetween(5, 7);
        assertThat(made).containsAll(ours);
        assertThat(scheduled.makeDue(clock)).doesNotContainAnyElementsOf(ours);
        calls.call("hse", get("/api/v1/inspections/figures").param("siteId", site.toString()), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.adherence.due").value(ours.size() - 1))
                .andExpect(jsonPath("$.adherence.missed").value(ours.size() - 1))
                .andExpect(jsonPath("$.adherence.onSchedule").value(0));
        calls.call("worker", get("/api/v1/inspections/" + ours.get(ours.size() - 1)), null)
                .andExpect(jsonPath("$.status").value("DUE"))
                .andExpect(jsonPath("$.assignedRole").value("WORKER"));
    }

    @Test
    void aScheduleAssignedToAPersonOnThePageGivesEachSlotToThemAndNoOtherWorker() throws Exception {
        var worker = logins.viewer("worker");
        var assignee = jdbc.sql(
                        """
                        select id, full_name from person
                        where organisation_id = :organisation and id <> :worker and voided_at is null
                        order by full_name limit 1""")
                .param("organisation", worker.organisationId())
                .param("worker", worker.personId())
                .query((row, n) -> java.util.Map.entry(row.getObject(1, UUID.class), row.getString(2)))
                .single();
        mvc.perform(post("/audit/schedules")
                        .with(csrf())
                        .with(logins.as("manager"))
                        .param("templateId", template.toString())
                        .param("siteId", site.toString())
                        .param("cadence", "SHIFT")
                        .param("times", "08:00, 20:00")
                        .param("assignedPersonId", assignee.getKey().toString()))
                .andExpect(status().is3xxRedirection());
        var schedule = jdbc.sql("select id from audit_schedule where site_id = :site and assigned_person_id = :person")
                .param("site", site)
                .param("person", assignee.getKey())
                .query(UUID.class)
                .single();
        assertThat(ChecklistCalls.body(mvc.perform(get("/audit/schedules")
                                .param("sort", "nextSlotAt,desc")
                                .param("size", "100")
                                .with(logins.as("manager")))
                        .andExpect(status().isOk())))
                .contains(assignee.getValue());

        var slot = jdbc.sql("select next_slot_at from audit_schedule where id = :id")
                .param("id", schedule)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
        scheduled.makeDue(Clock.fixed(slot.plusSeconds(60), ZoneOffset.UTC));
        var due = jdbc.sql("select id from audit_inspection where schedule_id = :id")
                .param("id", schedule)
                .query(UUID.class)
                .single();
        assertThat(ChecklistCalls.body(
                        mvc.perform(get("/audit/inspections/" + due).with(logins.as("manager")))
                                .andExpect(status().isOk())))
                .contains(assignee.getValue());
        calls.call("hse", get("/api/v1/inspections/" + due), null)
                .andExpect(
                        jsonPath("$.assignedPersonId").value(assignee.getKey().toString()));
        var answer = "{\"answers\": {\"latches\": \"yes\"}}";
        calls.onInspection("worker", put("/api/v1/inspections/" + due + "/answers"), due.toString(), answer)
                .andExpect(status().isForbidden());
        calls.call("contractor1", get("/api/v1/inspections/" + due), null).andExpect(status().isNotFound());
        calls.onInspection("manager", put("/api/v1/inspections/" + due + "/answers"), due.toString(), answer)
                .andExpect(status().isOk());
    }
}
