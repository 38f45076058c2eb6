package dev.tandem.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.event.InjuryClass;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Triggers as data fill the queue: required for a fatality, a lost-time injury or SIF potential; suggested for a long
 * downtime or a repeated one; the safety department edits them, nobody else; a suggested investigation may be
 * declined with a reason, a required one never.
 */
@TandemIntegrationTest
class InvestigationQueueIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    InvestigationFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new InvestigationFixture(mvc, context);
    }

    @Test
    void aLostTimeInjuryRequiresAnInvestigationThatWaitsInTheQueueDueInTheRulesDays() throws Exception {
        var incident = fixture.incident("contractor1", InjuryClass.LOST_TIME, false);
        fixture.settled();

        var queued = fixture.investigationsOf(incident);
        assertThat(queued).hasSize(1);
        var today = LocalDate.now(ZoneId.of(enterpriseZone()));
        fixture.call("hse", get("/api/v1/investigations/" + queued.get(0)), null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("QUEUED"))
                .andExpect(jsonPath("$.required").value(true))
                .andExpect(jsonPath("$.triggerCode").value("LOST_TIME"))
                .andExpect(jsonPath("$.dueDate").value(today.plusDays(30).toString()))
                .andExpect(jsonPath("$.contractorId")
                        .value(fixture.logins
                                .viewer("contractor1")
                                .organisationId()
                                .toString()));
        fixture.call("hse", get("/api/v1/investigations?status=QUEUED&required=true&size=100"), null)
                .andExpect(jsonPath("$.items[?(@.id == '" + queued.get(0) + "')].triggerCode")
                        .value("LOST_TIME"));

        fixture.step(
                        "hse",
                        post("/api/v1/investigations/" + queued.get(0) + "/decline"),
                        queued.get(0),
                        "{\"reason\": \"Nothing to learn\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        var incidentWithoutInjury = fixture.incident("worker", null, false);
        fixture.settled();
        assertThat(fixture.investigationsOf(incidentWithoutInjury)).isEmpty();
    }

    @Test
    void aLongDowntimeSuggestsAnInvestigationAndTheHoursAreTheSafetyDepartmentsToEdit() throws Exception {
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var machine = fixture.machine();
        var nineHours = fixture.downtime(
                machine, now.minus(Duration.ofHours(10)), now.minus(Duration.ofHours(1)), "MECHANICAL");
        fixture.settled();
        var suggested = fixture.investigationsOf(nineHours);
        assertThat(suggested).hasSize(1);
        fixture.call("manager", get("/api/v1/investigations/" + suggested.get(0)), null)
                .andExpect(jsonPath("$.required").value(false))
                .andExpect(jsonPath("$.triggerCode").value("LONG_DOWNTIME"))
                .andExpect(jsonPath("$.equipmentId").value(machine.toString()))
                .andExpect(jsonPath("$.downtimeReason").value("MECHANICAL"));

        var rule = "/api/v1/investigations/triggers/LONG_DOWNTIME";
        var twelve = "{\"inForce\": true, \"required\": false, \"hours\": 12, \"dueDays\": 14}";
        for (var outsider : new String[] {"manager", "director", "contractor1", "worker"}) {
            fixture.call(outsider, put(rule).header("If-Match", "*"), twelve).andExpect(status().isForbidden());
        }
        fixture.call("hse", put(rule).header("If-Match", "*"), "{\"inForce\": true, \"hours\": 0, \"dueDays\": 14}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("hours"));
        fixture.call("hse", put(rule), twelve).andExpect(status().isPreconditionRequired());
        try {
            fixture.call("hse", put(rule).header("If-Match", "*"), twelve)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.hours").value(12));
            var otherMachine = fixture.machine();
            var tenHours = fixture.downtime(
                    otherMachine, now.minus(Duration.ofHours(11)), now.minus(Duration.ofHours(1)), "ELECTRICAL");
            fixture.settled();
            assertThat(fixture.investigationsOf(tenHours)).isEmpty();
            fixture.call("hse", get(rule + "/history"), null)
                    .andExpect(jsonPath("$[?(@.kind == 'UPDATED')].changes.hours.to")
                            .value("12"));
        } finally {
            fixture.call(
                    "hse",
                    put(rule).header("If-Match", "*"),
                    "{\"inForce\": true, \"required\": false, \"hours\": 8, \"dueDays\": 14}");
        }

        fixture.step(
                        "manager",
                        post("/api/v1/investigations/" + suggested.get(0) + "/decline"),
                        suggested.get(0),
                        "{\"reason\": \"The bearing was past its life: replaced on schedule now\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECLINED"));
    }

    @Test
    void threeDowntimesForOneReasonWithinNinetyDaysSuggestOneInvestigationOfAllThree() throws Exception {
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var machine = fixture.machine();
        var first = fixture.downtime(
                machine,
                now.minus(Duration.ofDays(80)),
                now.minus(Duration.ofDays(80)).plusSeconds(3600),
                "ELECTRICAL");
        var other = fixture.downtime(
                machine,
                now.minus(Duration.ofDays(60)),
                now.minus(Duration.ofDays(60)).plusSeconds(3600),
                "MECHANICAL");
        var second = fixture.downtime(
                machine,
                now.minus(Duration.ofDays(30)),
                now.minus(Duration.ofDays(30)).plusSeconds(3600),
                "ELECTRICAL");
        fixture.settled();
        assertThat(fixture.investigationsOf(second)).isEmpty();

        var third = fixture.downtime(
                machine,
                now.minus(Duration.ofDays(1)),
                now.minus(Duration.ofDays(1)).plusSeconds(3600),
                "ELECTRICAL");
        fixture.settled();

        var suggested = fixture.investigationsOf(third);
        assertThat(suggested).hasSize(1);
        assertThat(fixture.investigationsOf(first)).isEqualTo(suggested);
        assertThat(fixture.investigationsOf(second)).isEqualTo(suggested);
        assertThat(fixture.investigationsOf(other)).isEmpty();
        fixture.call("hse", get("/api/v1/investigations/" + suggested.get(0)), null)
                .andExpect(jsonPath("$.triggerCode").value("REPEATED_DOWNTIME"))
                .andExpect(jsonPath("$.records.length()").value(3));
    }

    private String enterpriseZone() {
        return fixture.jdbc
                .sql("select time_zone from enterprise")
                .query(String.class)
                .single();
    }
}
