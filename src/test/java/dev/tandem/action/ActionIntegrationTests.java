package dev.tandem.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.action.reminders.ActionReminders;
import dev.tandem.identity.Logins;
import dev.tandem.shared.Viewer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Corrective actions through the API: raising, the steps and who may take them, overdue, reminders, scope. */
@TandemIntegrationTest
@RecordApplicationEvents
class ActionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ActionQueries queries;

    @Autowired
    ActionReminders reminders;

    @Autowired
    ApplicationEvents events;

    Logins logins;
    String areaId;
    String siteId;
    LocalDate today;
    Viewer contractor1;
    Viewer contractor2;
    StoredActions stored;

    @BeforeEach
    void setUp() throws Exception {
        logins = new Logins(context);
        var areas = mvc.perform(get("/api/v1/areas").header("Authorization", logins.bearer("hse")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        areaId = JsonPath.read(areas, "$.items[0].id");
        siteId = JsonPath.read(areas, "$.items[0].siteId");
        stored = new StoredActions(mvc, jdbc, logins, areaId);
        today = queries.today();
        contractor1 = logins.viewer("contractor1");
        contractor2 = logins.viewer("contractor2");
    }

    @Test
    void theListOpensOnWhatIsStillToDoSoonestDueFirstThenWhatWasDoneLatestFirst() throws Exception {
        var page = mvc.perform(
                        get("/api/v1/actions").param("size", "500").header("Authorization", logins.bearer("hse")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var statuses = JsonPath.<List<String>>read(page, "$.items[*].status");
        var due = JsonPath.<List<String>>read(page, "$.items[*].dueDate");
        int pending = (int) statuses.stream()
                .takeWhile(status -> status.equals("OPEN") || status.equals("IN_PROGRESS"))
                .count();
        assertThat(pending).as("the demo year leaves actions to do").isPositive();
        assertThat(statuses.subList(pending, statuses.size())).doesNotContain("OPEN", "IN_PROGRESS");
        assertThat(due.subList(0, pending)).isSorted();
        assertThat(due.subList(pending, statuses.size())).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void anActionFromAViolationTakesTheEventsSiteOrganisationAndTypeAndARepeatIsStoredOnce() throws Exception {
        var violation = stored.event("VIOLATION", "contractor1.worker", "No harness on the scaffold");
        var id = UUID.randomUUID();
        var raise = raise(id, "EVENT", violation, "Harness briefing for the scaffolders", contractor1.personId(), null);
        for (int attempt = 0; attempt < 2; attempt++) {
            mvc.perform(json(post("/api/v1/actions"), logins.bearer("hse"), raise))
                    .andExpect(status().is(attempt == 0 ? 201 : 200))
                    .andExpect(header().string("ETag", "\"0\""))
                    .andExpect(jsonPath("$.id").value(id.toString()))
                    .andExpect(jsonPath("$.siteId").value(siteId))
                    .andExpect(jsonPath("$.responsibleOrganisationId")
                            .value(contractor1.organisationId().toString()))
                    .andExpect(jsonPath("$.sourceCategory").value("VIOLATION"))
                    .andExpect(jsonPath("$.status").value("OPEN"))
                    .andExpect(jsonPath("$.priority").value("MEDIUM"))
                    .andExpect(jsonPath("$.overdue").value(false));
        }
        assertThat(stored.count(id)).isEqualTo(1);
        assertThat(events.stream(ActionRaised.class).filter(e -> e.actionId().equals(id)))
                .singleElement()
                .satisfies(raised -> {
                    assertThat(raised.siteId()).hasToString(siteId);
                    assertThat(raised.responsibleOrganisationId()).isEqualTo(contractor1.organisationId());
                    assertThat(raised.sourceCategory()).isEqualTo("VIOLATION");
                });
        mvc.perform(get("/api/v1/actions/{id}/history", id).header("Authorization", logins.bearer("hse")))
                .andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void badRaisesAreRefusedWithTheFieldAndNothingIsWritten() throws Exception {
        var violation = stored.event("VIOLATION", "contractor1.worker", "Smoking next to the gas cylinders");
        var owner = contractor1.personId();
        var refused = new ArrayList<UUID>();
        refused.add(
                refusedRaise("dueDate", id -> raise(id, "EVENT", violation, "Late", owner, null, today.minusDays(1))));
        refused.add(
                refusedRaise("ownerPersonId", id -> raise(id, "EVENT", violation, "Nobody", UUID.randomUUID(), null)));
        refused.add(refusedRaise(
                "ownerPersonId", id -> raise(id, "EVENT", violation, "Other firm", contractor2.personId(), null)));
        refused.add(refusedRaise(
                "sourceId", id -> raise(id, "EVENT", UUID.randomUUID().toString(), "No event", owner, null)));
        refused.add(refusedRaise(
                "sourceId", id -> raise(id, "MEETING", UUID.randomUUID().toString(), "No meeting", owner, null)));
        refused.add(refusedRaise(
                "responsibleOrganisationId",
                id -> raise(
                        id,
                        "EVENT",
                        violation,
                        "No firm",
                        owner,
                        UUID.randomUUID().toString())));
        refused.add(refusedRaise("title", id -> raise(id, "EVENT", violation, "", owner, null)));

        assertThat(refused).allSatisfy(id -> assertThat(stored.count(id)).isZero());
        assertThat(events.stream(ActionRaised.class)).isEmpty();
    }

    @Test
    void theOwnerDoesTheWorkAndSomeoneElseVerifiesIt() throws Exception {
        var hazard = stored.event("HAZARD", "worker", "Missing guard on the conveyor");
        var manager = logins.viewer("manager");
        var id = raised(raise(
                UUID.randomUUID(),
                "EVENT",
                hazard,
                "Fit the guard",
                manager.personId(),
                contractor1.organisationId().toString()));
        var owner = logins.bearer("manager");

        mvc.perform(post("/api/v1/actions/{id}/start", id)
                        .header("Authorization", owner)
                        .header("If-Match", "\"7\""))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(post("/api/v1/actions/{id}/start", id)
                        .header("Authorization", owner)
                        .header("If-Match", "\"0\""))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        mvc.perform(json(post("/api/v1/actions/{id}/complete", id).header("If-Match", "*"), owner, "{'note':' '}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        mvc.perform(json(
                        post("/api/v1/actions/{id}/complete", id).header("If-Match", "*"),
                        owner,
                        "{'note':'Guard fitted and bolted'}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.onTime").value(true));

        mvc.perform(post("/api/v1/actions/{id}/verify", id)
                        .header("If-Match", "*")
                        .header("Authorization", owner))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("verifiedBy"));
        assertThat(stored.statusOf(id)).isEqualTo("DONE");

        var hse = logins.bearer("hse");
        mvc.perform(json(
                        post("/api/v1/actions/{id}/reopen", id).header("If-Match", "*"),
                        hse,
                        "{'reason':'Guard bolts missing'}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.verificationNote").value("Guard bolts missing"));
        mvc.perform(json(
                        post("/api/v1/actions/{id}/complete", id).header("If-Match", "*"),
                        logins.bearer("contractor1"),
                        "{'note':'Bolted'}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DONE"));
        mvc.perform(post("/api/v1/actions/{id}/verify", id)
                        .header("If-Match", "*")
                        .header("Authorization", hse))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VERIFIED"))
                .andExpect(jsonPath("$.verifiedBy")
                        .value(logins.viewer("hse").personId().toString()));

        mvc.perform(json(
                        put("/api/v1/actions/{id}", id).header("If-Match", "*"),
                        hse,
                        revision("Changed", manager.personId(), today)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(post("/api/v1/actions/{id}/start", id)
                        .header("If-Match", "*")
                        .header("Authorization", owner))
                .andExpect(status().isBadRequest());
        assertThat(events.stream(ActionProgressed.class)
                        .filter(e -> e.actionId().equals(id))
                        .map(ActionProgressed::status))
                .containsExactly(
                        ActionStatus.IN_PROGRESS,
                        ActionStatus.DONE,
                        ActionStatus.IN_PROGRESS,
                        ActionStatus.DONE,
                        ActionStatus.VERIFIED);
        mvc.perform(get("/api/v1/actions/{id}/history", id).header("Authorization", hse))
                .andExpect(jsonPath("$.length()").value(6));
    }

    @Test
    void eachRoleAndEachContractorReachesOnlyWhatTheRulesAllowAndARefusalChangesNothing() throws Exception {
        var nearMiss = stored.event("NEAR_MISS", "contractor1.worker", "A pipe rolled off the rack");
        var worker1 = logins.viewer("contractor1.worker");
        var id = raised(raise(UUID.randomUUID(), "EVENT", nearMiss, "Chock the pipe racks", worker1.personId(), null));

        for (var outsider : List.of("contractor2", "worker")) {
            var token = logins.bearer(outsider);
            mvc.perform(get("/api/v1/actions/{id}", id).header("Authorization", token))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/api/v1/actions/{id}/start", id)
                            .header("If-Match", "*")
                            .header("Authorization", token))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/actions/{id}/history", id).header("Authorization", token))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/actions").param("size", "100").header("Authorization", token))
                    .andExpect(jsonPath("$.items[*].id", not(hasItem(id.toString()))));
            var export = mvc.perform(
                            get("/api/v1/actions/export").param("format", "CSV").header("Authorization", token))
                    .andExpect(request().asyncStarted())
                    .andReturn();
            mvc.perform(asyncDispatch(export)).andExpect(status().isOk()).andExpect(result -> assertThat(
                            result.getResponse().getContentAsString())
                    .contains("\r\n")
                    .doesNotContain("Chock the pipe racks"));
        }
        var supervisor2 = logins.bearer("contractor2");
        mvc.perform(json(
                        put("/api/v1/actions/{id}", id).header("If-Match", "*"),
                        supervisor2,
                        revision("Taken", worker1.personId(), today)))
                .andExpect(status().isNotFound());
        mvc.perform(json(post("/api/v1/actions/{id}/void", id), supervisor2, "{'reason':'gone'}"))
                .andExpect(status().isNotFound());

        var supervisor1 = logins.bearer("contractor1");
        mvc.perform(post("/api/v1/actions/{id}/verify", id)
                        .header("If-Match", "*")
                        .header("Authorization", supervisor1))
                .andExpect(status().isForbidden());
        mvc.perform(json(post("/api/v1/actions/{id}/void", id), supervisor1, "{'reason':'gone'}"))
                .andExpect(status().isForbidden());
        mvc.perform(json(
                        put("/api/v1/actions/{id}", id).header("If-Match", "*"),
                        supervisor1,
                        revision("Mine", worker1.personId(), today)))
                .andExpect(status().isForbidden());
        var director = logins.bearer("director");
        mvc.perform(get("/api/v1/actions/{id}", id).header("Authorization", director))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/actions/{id}/start", id)
                        .header("If-Match", "*")
                        .header("Authorization", director))
                .andExpect(status().isForbidden());
        for (var notAPlanner : List.of("worker", "contractor1", "director", "contractor1.worker")) {
            var other = UUID.randomUUID();
            mvc.perform(json(
                            post("/api/v1/actions"),
                            logins.bearer(notAPlanner),
                            raise(other, "EVENT", nearMiss, "Not mine to raise", worker1.personId(), null)))
                    .andExpect(status().isForbidden());
            assertThat(stored.count(other)).isZero();
        }
        assertThat(stored.statusOf(id)).isEqualTo("OPEN");
        assertThat(stored.titleOf(id)).isEqualTo("Chock the pipe racks");

        var owner = logins.bearer("contractor1.worker");
        mvc.perform(get("/api/v1/actions").param("size", "100").header("Authorization", owner))
                .andExpect(jsonPath("$.items[*].id", hasItem(id.toString())))
                .andExpect(jsonPath(
                        "$.items[*].ownerPersonId",
                        not(hasItem(contractor1.personId().toString()))));
        mvc.perform(post("/api/v1/actions/{id}/start", id)
                        .header("If-Match", "*")
                        .header("Authorization", owner))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/actions").param("mine", "true").header("Authorization", supervisor1))
                .andExpect(jsonPath("$.items[*].id", not(hasItem(id.toString()))));
        mvc.perform(get("/api/v1/actions")
                        .param("myOrganisation", "true")
                        .param("size", "100")
                        .header("Authorization", supervisor1))
                .andExpect(jsonPath("$.items[*].id", hasItem(id.toString())));
        mvc.perform(json(
                        put("/api/v1/actions/{id}", id).header("If-Match", "*"),
                        logins.bearer("manager"),
                        revision("Chock all racks", worker1.personId(), today.plusDays(2))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Chock all racks"));
    }

    @Test
    void aListSortedByOwnerSiteOrOrganisationNamesEachRowsOwnAndCountsThemAll() throws Exception {
        var hazard = stored.event("HAZARD", "worker", "Oil on the stairs of the crane");
        var manager = logins.viewer("manager").personId();
        var hse = logins.viewer("hse").personId();
        var byManager = raised(raise(UUID.randomUUID(), "EVENT", hazard, "Clean the stairs", manager, null));
        var byHse = raised(raise(UUID.randomUUID(), "EVENT", hazard, "Find the leak", hse, null));
        var managerName = personName(manager);
        var hseName = personName(hse);
        var ascending = managerName.compareTo(hseName) < 0
                ? List.of(byManager.toString(), byHse.toString())
                : List.of(byHse.toString(), byManager.toString());
        var bearer = logins.bearer("hse");
        for (var direction : List.of("asc", "desc")) {
            var page = mvc.perform(get("/api/v1/actions")
                            .param("sourceId", hazard)
                            .param("sort", "owner," + direction)
                            .header("Authorization", bearer))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.totalItems").value(2))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            var expected = direction.equals("asc") ? ascending : List.of(ascending.get(1), ascending.get(0));
            var ids = JsonPath.<List<String>>read(page, "$.items[*].id");
            assertThat(ids).containsExactlyElementsOf(expected);
            assertThat(JsonPath.<String>read(page, "$.items[" + ids.indexOf(byManager.toString()) + "].ownerName"))
                    .isEqualTo(managerName);
        }
        for (var sort : List.of("site", "organisation,desc")) {
            mvc.perform(get("/api/v1/actions")
                            .param("sourceId", hazard)
                            .param("sort", sort)
                            .header("Authorization", bearer))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.totalItems").value(2))
                    .andExpect(jsonPath("$.items[*].siteId", everyItem(is(siteId))))
                    .andExpect(jsonPath("$.items[*].siteName", everyItem(notNullValue())))
                    .andExpect(jsonPath("$.items[*].responsibleOrganisationName", everyItem(notNullValue())));
        }
    }

    private String personName(UUID person) {
        return jdbc.sql("select full_name from person where id = ?")
                .param(person)
                .query(String.class)
                .single();
    }

    @Test
    void overdueIsDerivedFromTheDueDateAndOnTimeFromTheDayTheWorkWasDone() throws Exception {
        var hazard = stored.event("HAZARD", "worker", "Loose cable across the walkway");
        var manager = logins.viewer("manager");
        var id = raised(raise(UUID.randomUUID(), "EVENT", hazard, "Tie the cable up", manager.personId(), null, today));
        var hse = logins.bearer("hse");
        mvc.perform(get("/api/v1/actions/{id}", id).header("Authorization", hse))
                .andExpect(jsonPath("$.overdue").value(false));

        stored.dueDateOf(id, today.minusDays(1)); // the due date passes
        mvc.perform(get("/api/v1/actions/{id}", id).header("Authorization", hse))
                .andExpect(jsonPath("$.overdue").value(true));
        mvc.perform(get("/api/v1/actions")
                        .param("overdue", "true")
                        .param("size", "100")
                        .param("sort", "created,desc")
                        .header("Authorization", hse))
                .andExpect(jsonPath("$.items[*].id", hasItem(id.toString())));
        var before = JsonPath.<Integer>read(
                mvc.perform(get("/api/v1/actions/counts").header("Authorization", hse))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.overdue");

        var owner = logins.bearer("manager");
        mvc.perform(post("/api/v1/actions/{id}/start", id)
                        .header("If-Match", "*")
                        .header("Authorization", owner))
                .andExpect(jsonPath("$.overdue").value(true));
        mvc.perform(json(
                        post("/api/v1/actions/{id}/complete", id).header("If-Match", "*"), owner, "{'note':'Tied up'}"))
                .andExpect(jsonPath("$.overdue").value(false))
                .andExpect(jsonPath("$.onTime").value(false));
        mvc.perform(get("/api/v1/actions/counts").header("Authorization", hse))
                .andExpect(jsonPath("$.overdue").value(before - 1));
    }

    @Test
    void remindersFireOncePerActionAndADueDateMovedLaterIsRemindedOfAgain() throws Exception {
        var hazard = stored.event("HAZARD", "worker", "Corroded handrail");
        var manager = logins.viewer("manager");
        var id = raised(raise(
                UUID.randomUUID(),
                "EVENT",
                hazard,
                "Replace the handrail",
                manager.personId(),
                null,
                today.plusDays(10)));

        var eightDaysOn = at(today.plusDays(8));
        assertThat(reminders.remind(eightDaysOn).dueSoon()).contains(id);
        assertThat(reminders.remind(eightDaysOn).dueSoon()).doesNotContain(id);
        assertThat(events.stream(ActionDueSoon.class).filter(e -> e.actionId().equals(id)))
                .singleElement()
                .satisfies(e -> assertThat(e.ownerPersonId()).isEqualTo(manager.personId()));

        var elevenDaysOn = at(today.plusDays(11));
        assertThat(reminders.remind(elevenDaysOn).overdue()).contains(id);
        assertThat(reminders.remind(elevenDaysOn).overdue()).doesNotContain(id);
        assertThat(events.stream(ActionOverdue.class).filter(e -> e.actionId().equals(id)))
                .hasSize(1);

        mvc.perform(json(
                        put("/api/v1/actions/{id}", id).header("If-Match", "*"),
                        logins.bearer("hse"),
                        revision("Replace the handrail", manager.personId(), today.plusDays(20))))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select reminded_due_at is null and reminded_overdue_at is null from corrective_action"
                                + " where id = :id")
                        .param("id", id)
                        .query(Boolean.class)
                        .single())
                .isTrue();

        // two nodes running the job at the same moment still remind once
        var eighteenDaysOn = at(today.plusDays(18));
        Callable<List<UUID>> node = () -> reminders.remind(eighteenDaysOn).dueSoon();
        var nodes = Executors.newFixedThreadPool(2);
        try {
            var first = nodes.submit(node);
            var second = nodes.submit(node);
            var all = new ArrayList<>(first.get());
            all.addAll(second.get());
            assertThat(all.stream().filter(id::equals)).hasSize(1);
        } finally {
            nodes.shutdown();
        }
    }

    @Test
    void theTimedWorkRemindsWithTheApplicationsClockAndComesBackAfterTheConfiguredInterval() throws Exception {
        var hazard = stored.event("HAZARD", "worker", "Ladder with a cracked rung");
        var manager = logins.viewer("manager");
        var id = raised(raise(
                UUID.randomUUID(), "EVENT", hazard, "Replace the ladder", manager.personId(), null, today.plusDays(1)));
        var scheduler = context.getBean(SchedulerClient.class);
        var rounds = TaskInstanceId.of("action-reminders", RecurringTask.INSTANCE);
        var due = Instant.now();

        // the round that the schedule would start in twelve hours (the test profile's interval), started now
        assertThat(scheduler.reschedule(rounds, due)).isTrue();

        await().atMost(Duration.ofMinutes(1))
                .until(() -> jdbc.sql("select reminded_due_at is not null from corrective_action where id = :id")
                        .param("id", id)
                        .query(Boolean.class)
                        .single());
        await().atMost(Duration.ofMinutes(1)).until(() -> scheduler
                .getScheduledExecution(rounds)
                .orElseThrow()
                .getExecutionTime()
                .isAfter(due.plus(Duration.ofHours(11))));
    }

    @Test
    void violationEliminationCountsOnlyTheActionsRaisedFromViolations() throws Exception {
        var hse = logins.bearer("hse");
        var before = violationElimination(hse);
        var violation = stored.event("VIOLATION", "contractor1.worker", "Hot work without a permit");
        var hazard = stored.event("HAZARD", "contractor1.worker", "Slippery floor");
        var owner = contractor1.personId();
        raised(raise(UUID.randomUUID(), "EVENT", violation, "Permit training", owner, null));
        var started = raised(raise(UUID.randomUUID(), "EVENT", violation, "Fire watch", owner, null));
        raised(raise(UUID.randomUUID(), "EVENT", hazard, "Mop the floor", owner, null));
        mvc.perform(post("/api/v1/actions/{id}/start", started)
                        .header("If-Match", "*")
                        .header("Authorization", logins.bearer("contractor1")))
                .andExpect(status().isOk());

        var after = violationElimination(hse);
        assertThat(after.get(0) - before.get(0)).as("open").isEqualTo(1);
        assertThat(after.get(1) - before.get(1)).as("in progress").isEqualTo(1);
        var contractor2Sees = violationElimination(logins.bearer("contractor2"));
        mvc.perform(get("/api/v1/actions/violation-elimination").header("Authorization", logins.bearer("contractor2")))
                .andExpect(status().isOk());
        assertThat(contractor2Sees.get(0) + contractor2Sees.get(1)).isLessThan(after.get(0) + after.get(1));
    }

    private List<Integer> violationElimination(String token) throws Exception {
        var body = mvc.perform(get("/api/v1/actions/violation-elimination").header("Authorization", token))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return List.of(JsonPath.read(body, "$.open"), JsonPath.read(body, "$.inProgress"));
    }

    /** A clock at noon of the given day in the enterprise's time zone. */
    private Clock at(LocalDate day) {
        return Clock.fixed(day.atTime(LocalTime.NOON).atZone(queries.zone()).toInstant(), queries.zone());
    }

    private interface Body {
        String of(UUID id);
    }

    private UUID refusedRaise(String field, Body body) throws Exception {
        var id = UUID.randomUUID();
        mvc.perform(json(post("/api/v1/actions"), logins.bearer("hse"), body.of(id)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field));
        return id;
    }

    private UUID raised(String raise) throws Exception {
        var body = mvc.perform(json(post("/api/v1/actions"), logins.bearer("hse"), raise))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return UUID.fromString(JsonPath.read(body, "$.id"));
    }

    private String raise(UUID id, String sourceType, String sourceId, String title, UUID owner, String organisation) {
        return raise(id, sourceType, sourceId, title, owner, organisation, today.plusDays(7));
    }

    private static String raise(
            UUID id, String sourceType, String sourceId, String title, UUID owner, String organisation, LocalDate due) {
        return "{'id':'%s','title':'%s','sourceType':'%s','sourceId':'%s','ownerPersonId':'%s',%s'dueDate':'%s'}"
                .formatted(
                        id,
                        title,
                        sourceType,
                        sourceId,
                        owner,
                        organisation == null ? "" : "'responsibleOrganisationId':'" + organisation + "',",
                        due);
    }

    private String revision(String title, UUID owner, LocalDate due) {
        return "{'title':'%s','ownerPersonId':'%s','responsibleOrganisationId':'%s','dueDate':'%s','priority':'HIGH'}"
                .formatted(title, owner, contractor1.organisationId(), due);
    }

    private static MockHttpServletRequestBuilder json(
            MockHttpServletRequestBuilder request, String token, String body) {
        return request.header("Authorization", token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.replace('\'', '"'));
    }
}
