package dev.tandem.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.investigation.overdue.OverdueInvestigations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Opening investigations and who sees them: only of records the opener may read, or nothing is written; a contractor's
 * people join only when their organisation's work is involved, and then see that investigation and nothing else of
 * the owner's; another contractor sees none; an overdue one reaches its leader and the safety department once.
 */
@TandemIntegrationTest
class InvestigationScopeIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    OverdueInvestigations overdue;

    @Autowired
    SchedulerClient scheduler;

    InvestigationFixture fixture;
    String due;

    @BeforeEach
    void setUp() {
        fixture = new InvestigationFixture(mvc, context);
        due = LocalDate.now().plusDays(20).toString();
    }

    @Test
    void anInvestigationOfARecordTheOpenerMayNotReadIsRefusedAndNothingIsWritten() throws Exception {
        var before = fixture.investigations();
        var incident = fixture.incident("worker", null, false);
        var unknown = UUID.randomUUID();

        fixture.call(
                        "hse",
                        post("/api/v1/investigations"),
                        fixture.opening(
                                UUID.randomUUID(),
                                List.of(
                                        InvestigationFixture.event(incident),
                                        InvestigationFixture.downtimeRecord(unknown)),
                                List.of(),
                                due))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("records"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value(org.hamcrest.Matchers.containsString(unknown.toString())));
        for (var outsider : List.of("worker", "contractor1", "contractor1.worker", "director")) {
            fixture.call(
                            outsider,
                            post("/api/v1/investigations"),
                            fixture.opening(
                                    UUID.randomUUID(), List.of(InvestigationFixture.event(incident)), List.of(), due))
                    .andExpect(status().isForbidden());
        }
        fixture.call(
                        "hse",
                        post("/api/v1/investigations"),
                        fixture.opening(UUID.randomUUID(), List.of(), List.of(), due))
                .andExpect(status().isBadRequest());
        fixture.settled();
        assertThat(fixture.investigations()).isEqualTo(before);
    }

    @Test
    void aContractorsPeopleSeeOnlyTheInvestigationOfTheirWorkTheyAreMembersOfAndAnotherContractorNone()
            throws Exception {
        var incident = fixture.incident("contractor1", null, false);
        var member = fixture.logins.viewer("contractor1.worker").personId();
        var otherContractor = fixture.logins.viewer("contractor2").personId();

        fixture.call(
                        "manager",
                        post("/api/v1/investigations"),
                        fixture.opening(
                                UUID.randomUUID(),
                                List.of(InvestigationFixture.event(incident)),
                                List.of(otherContractor),
                                due))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("memberPersonIds"));
        var id = UUID.randomUUID();
        var body = fixture.opening(id, List.of(InvestigationFixture.event(incident)), List.of(member), due);
        fixture.call("manager", post("/api/v1/investigations"), body)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.memberPersonIds[0]").value(member.toString()));
        fixture.call("manager", post("/api/v1/investigations"), body).andExpect(status().isOk());

        fixture.call("contractor1.worker", get("/api/v1/investigations/" + id), null)
                .andExpect(status().isOk());
        // other tests put the same worker on teams too: every investigation listed is one whose team they are on
        assertThat(listed("contractor1.worker")).contains(id.toString()).allSatisfy(listed -> assertThat(fixture.jdbc
                        .sql("select count(*) from investigation where id = cast(:id as uuid)"
                                + " and cast(:member as uuid) = any(member_person_ids)")
                        .param("id", listed)
                        .param("member", member)
                        .query(Long.class)
                        .single())
                .isOne());
        for (var outsider : List.of("contractor1", "contractor2", "worker")) {
            fixture.call(outsider, get("/api/v1/investigations/" + id), null).andExpect(status().isNotFound());
            fixture.call(outsider, get("/api/v1/investigations/" + id + "/history"), null)
                    .andExpect(status().isNotFound());
            assertThat(listed(outsider)).doesNotContain(id.toString());
        }
        assertThat(listed("contractor2")).isEmpty();
        fixture.call("contractor2", post("/api/v1/investigations"), body).andExpect(status().isForbidden());

        var fact =
                "{\"happenedAt\": \"%s\", \"what\": \"The sling was worn through\", \"source\": \"Rigger's statement\"}"
                        .formatted(Instant.now().minus(3, ChronoUnit.HOURS));
        fixture.step("contractor2", post("/api/v1/investigations/" + id + "/facts"), id, fact)
                .andExpect(status().isNotFound());
        fixture.step("contractor1.worker", post("/api/v1/investigations/" + id + "/facts"), id, fact)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.facts[0].what").value("The sling was worn through"));
        fixture.step(
                        "contractor1.worker",
                        put("/api/v1/investigations/" + id),
                        id,
                        "{\"title\": \"Mine now\", \"leaderPersonId\": \"%s\", \"dueDate\": \"%s\"}"
                                .formatted(member, due))
                .andExpect(status().isForbidden());
        fixture.step("contractor1.worker", post("/api/v1/investigations/" + id + "/void"), id, "{\"reason\": \"no\"}")
                .andExpect(status().isForbidden());
        fixture.step(
                        "manager",
                        post("/api/v1/investigations/" + id + "/facts"),
                        id,
                        "{\"happenedAt\": \"%s\", \"what\": \"Later\"}"
                                .formatted(Instant.now().plus(1, ChronoUnit.DAYS)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("happenedAt"));
        fixture.call("hse", get("/api/v1/investigations/" + id + "/history"), null)
                .andExpect(jsonPath("$[1].changes['facts[1].what'].to").value("The sling was worn through"));
    }

    @Test
    void anOverdueInvestigationIsAnnouncedOnceToItsLeaderAndTheSafetyDepartment() throws Exception {
        var incident = fixture.incident("worker", null, false);
        var id = UUID.randomUUID();
        var yesterday = LocalDate.now().minusDays(1).toString();
        fixture.call(
                        "hse",
                        post("/api/v1/investigations"),
                        fixture.opening(id, List.of(InvestigationFixture.event(incident)), List.of(), yesterday))
                .andExpect(status().isCreated());

        assertThat(overdue.announce(Clock.systemUTC())).contains(id);
        assertThat(overdue.announce(Clock.systemUTC())).doesNotContain(id);
        fixture.settled();

        var told = fixture.jdbc
                .sql("select recipient_person_id from notification where kind = 'investigation.overdue'"
                        + " and record_id = :id")
                .param("id", id)
                .query(UUID.class)
                .list();
        assertThat(told)
                .contains(
                        fixture.logins.viewer("manager").personId(),
                        fixture.logins.viewer("hse").personId())
                .doesNotHaveDuplicates();
        fixture.call("hse", get("/api/v1/investigations?overdue=true&size=100"), null)
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')].overdue").value(true));
    }

    @Test
    void movingTheDueDateForwardStopsTheOverdueLadderThatStarted() throws Exception {
        var incident = fixture.incident("worker", null, false);
        var id = UUID.randomUUID();
        fixture.call(
                        "hse",
                        post("/api/v1/investigations"),
                        fixture.opening(
                                id,
                                List.of(InvestigationFixture.event(incident)),
                                List.of(),
                                LocalDate.now().minusDays(1).toString()))
                .andExpect(status().isCreated());
        assertThat(overdue.announce(Clock.systemUTC())).contains(id);
        await().atMost(Duration.ofMinutes(5)).until(() -> escalation(id).isPresent());
        var escalation = escalation(id).orElseThrow();

        fixture.step(
                        "manager",
                        put("/api/v1/investigations/" + id),
                        id,
                        "{\"title\": \"Why the ladle tilted\", \"leaderPersonId\": \"%s\", \"dueDate\": \"%s\"}"
                                .formatted(
                                        fixture.logins.viewer("manager").personId(),
                                        LocalDate.now().plusDays(10)))
                .andExpect(status().isOk());
        // the ladder's first step (the site's HSE lead, a day on) brought forward to now
        var step = TaskInstanceId.of("escalation-step", escalation + "/1/0");
        assertThat(scheduler.reschedule(step, Instant.now())).isTrue();
        await().atMost(Duration.ofMinutes(5))
                .until(() -> scheduler.getScheduledExecution(step).isEmpty());

        assertThat(fixture.jdbc
                        .sql("select stopped_because from escalation where id = :id")
                        .param("id", escalation)
                        .query(String.class)
                        .single())
                .isEqualTo("SETTLED");
        assertThat(overdue.announce(Clock.systemUTC())).doesNotContain(id);
    }

    private java.util.Optional<UUID> escalation(UUID investigation) {
        return fixture.jdbc
                .sql("select id from escalation where kind = 'investigation.overdue' and record_id = :id")
                .param("id", investigation)
                .query(UUID.class)
                .optional();
    }

    private List<String> listed(String username) throws Exception {
        var json = fixture.call(username, get("/api/v1/investigations?size=100"), null)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(json, "$.items[*].id");
    }
}
