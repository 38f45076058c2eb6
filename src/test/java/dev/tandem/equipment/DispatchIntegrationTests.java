package dev.tandem.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Dispatch data through the API: single changes and batches, repeats and conflicts, bad input refused with the field
 * and nothing written, changes out of order, downtimes derived again with stable ids and announced, voiding, and
 * MTBF/MTTR over days worked by hand.
 */
@TandemIntegrationTest
@RecordApplicationEvents
class DispatchIntegrationTests {

    static final ZoneId PLANT = ZoneId.of("Asia/Yekaterinburg");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    Machines machines;
    String hse;
    UUID machine;
    Instant base;

    @BeforeEach
    void setUp() throws Exception {
        var logins = new Logins(context);
        machines = new Machines(mvc, jdbc, logins);
        hse = logins.bearer("hse");
        machine = machines.register(Machines.unique("P"));
        base = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofDays(10));
    }

    @Test
    void aChangeIsRecordedOnceAndTheSameChangeSentAgainIsHarmless() throws Exception {
        var first = record(Machines.change(machine, base, "DOWN", "MECHANICAL"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.state").value("DOWN"))
                .andExpect(jsonPath("$.reason").value("MECHANICAL"))
                .andExpect(jsonPath("$.source").value("API"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        record(Machines.change(machine, base, "DOWN", "MECHANICAL"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(JsonPath.<String>read(first, "$.id")));
        assertThat(machines.changes(machine)).isEqualTo(1);
        assertThat(machines.downtimes(machine)).isEqualTo(1);
    }

    @Test
    void anotherStateAtARecordedMomentIsAClearError() throws Exception {
        record(Machines.change(machine, base, "RUNNING", null)).andExpect(status().isCreated());
        record(Machines.change(machine, base, "DOWN", "ELECTRICAL"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("at"))
                .andExpect(jsonPath("$.detail")
                        .value("Another state (RUNNING) is recorded for this machine at this time; void it first."));
        assertThat(machines.changes(machine)).isEqualTo(1);
        assertThat(machines.downtimes(machine)).isZero();
    }

    @Test
    void downNeedsAReasonIdleMayHaveOneAndRunningHasNone() throws Exception {
        record(Machines.change(machine, base, "DOWN", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"))
                .andExpect(jsonPath("$.detail").value("Say why the machine is down."));
        record(Machines.change(machine, base, "RUNNING", "MECHANICAL"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/api/v1/equipment/states")
                        .header("Authorization", hse)
                        .header("Accept-Language", "ru")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Machines.change(machine, base, "DOWN", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Укажите причину остановки."));
        assertThat(machines.changes(machine)).isZero();
        record(Machines.change(machine, base, "IDLE", "NO_MATERIAL")).andExpect(status().isCreated());
        record(Machines.change(machine, base.plusSeconds(60), "IDLE", null)).andExpect(status().isCreated());
    }

    @Test
    void timesMoreThanFiveMinutesAheadOfTheClockAreRefused() throws Exception {
        var now = Instant.now();
        record(Machines.change(machine, now.plus(Duration.ofMinutes(10)), "RUNNING", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("at"))
                .andExpect(jsonPath("$.detail").value("The time lies in the future (more than 5 minutes ahead)."));
        record(Machines.change(machine, now.plus(Duration.ofMinutes(2)), "RUNNING", null))
                .andExpect(status().isCreated());
        record(Machines.change(machine, Instant.parse("0205-03-01T06:00:00Z"), "RUNNING", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("at"));
        assertThat(machines.changes(machine)).isEqualTo(1);
    }

    @Test
    void unknownOrVoidedEquipmentIsRefused() throws Exception {
        record(Machines.change(UUID.randomUUID(), base, "RUNNING", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("equipmentId"))
                .andExpect(jsonPath("$.detail").value("No such equipment in use."));
        mvc.perform(post("/api/v1/equipment/{id}/void", machine)
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"scrapped\"}"))
                .andExpect(status().isOk());
        record(Machines.change(machine, base, "RUNNING", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("equipmentId"));
        record("{\"at\": \"" + base + "\", \"state\": \"RUNNING\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("equipmentId"));
        assertThat(machines.changes(machine)).isZero();
    }

    @Test
    void aBatchIsRecordedWholeOrNotAtAllWithEveryWrongItemListed() throws Exception {
        var wrong = batch(
                Machines.change(machine, base, "RUNNING", null),
                Machines.change(machine, base.plusSeconds(3600), "DOWN", null),
                Machines.change(UUID.randomUUID(), base, "RUNNING", null),
                Machines.change(machine, base, "IDLE", null),
                Machines.change(machine, base.plusSeconds(7200), "RUNNING", null));
        recordAll(wrong)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Nothing was recorded: 3 items have errors."))
                .andExpect(jsonPath("$.items.length()").value(3))
                .andExpect(jsonPath("$.items[0].index").value(1))
                .andExpect(jsonPath("$.items[0].field").value("reason"))
                .andExpect(jsonPath("$.items[1].index").value(2))
                .andExpect(jsonPath("$.items[1].field").value("equipmentId"))
                .andExpect(jsonPath("$.items[2].index").value(3))
                .andExpect(jsonPath("$.items[2].field").value("at"))
                .andExpect(jsonPath("$.items[2].message")
                        .value("The same machine and time as item 0, with another state."));
        assertThat(machines.changes(machine)).isZero();

        var right = batch(
                Machines.change(machine, base, "RUNNING", null),
                Machines.change(machine, base.plusSeconds(3600), "DOWN", "PROCESS"),
                Machines.change(machine, base, "RUNNING", null),
                Machines.change(machine, base.plusSeconds(7200), "RUNNING", null));
        var json = recordAll(right)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(3))
                .andExpect(jsonPath("$.unchanged").value(1))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JsonPath.<String>read(json, "$.ids[2]")).isEqualTo(JsonPath.read(json, "$.ids[0]"));
        assertThat(machines.changes(machine)).isEqualTo(3);
        assertThat(machines.downtimes(machine)).isEqualTo(1);

        recordAll(right)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0));
        recordAll("{\"changes\": []}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("changes"));
    }

    @Test
    void changesArrivingOutOfOrderTakeTheirPlaceAndTheDowntimesAreDerivedAgain() throws Exception {
        record(Machines.change(machine, base, "RUNNING", null)).andExpect(status().isCreated());
        record(Machines.change(machine, hours(10), "RUNNING", null)).andExpect(status().isCreated());
        var late = id(record(Machines.change(machine, hours(2), "DOWN", "MECHANICAL")));

        downtime(late)
                .andExpect(jsonPath("$.startedAt").value(hours(2).toString()))
                .andExpect(jsonPath("$.endedAt").value(hours(10).toString()))
                .andExpect(jsonPath("$.durationSeconds").value(8 * 3600))
                .andExpect(jsonPath("$.planned").value(false))
                .andExpect(jsonPath("$.withdrawn").value(false));
        assertThat(events.stream(DowntimeStarted.class)
                        .filter(e -> e.downtimeId().equals(late)))
                .singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo(DowntimeReason.MECHANICAL));
        assertThat(events.stream(DowntimeEnded.class).filter(e -> e.downtimeId().equals(late)))
                .singleElement()
                .satisfies(e -> assertThat(e.duration()).isEqualTo(Duration.ofHours(8)));

        // the machine ran again earlier than the next change said: the same downtime, shorter
        record(Machines.change(machine, hours(5), "RUNNING", null)).andExpect(status().isCreated());
        downtime(late).andExpect(jsonPath("$.endedAt").value(hours(5).toString()));
        assertThat(events.stream(DowntimeRevised.class)
                        .filter(e -> e.downtimeId().equals(late)))
                .singleElement()
                .satisfies(e -> assertThat(e.withdrawn()).isFalse());

        // it was down for the same reason an hour before: one longer downtime, opened by the earlier change
        var earlier = id(record(Machines.change(machine, hours(1), "DOWN", "MECHANICAL")));
        downtime(earlier)
                .andExpect(jsonPath("$.startedAt").value(hours(1).toString()))
                .andExpect(jsonPath("$.endedAt").value(hours(5).toString()));
        downtime(late).andExpect(jsonPath("$.withdrawn").value(true));
        assertThat(events.stream(DowntimeRevised.class)
                        .filter(e -> e.downtimeId().equals(late) && e.withdrawn()))
                .hasSize(1);
        assertThat(machines.downtimes(machine)).isEqualTo(1);

        mvc.perform(get("/api/v1/equipment/{id}/downtimes", machine)
                        .header("Authorization", hse)
                        .param("from", day(hours(0)).toString())
                        .param("to", day(hours(10)).toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].id").value(earlier.toString()));
    }

    @Test
    void anOpenDowntimeEndsWhenTheMachineRunsAgain() throws Exception {
        var now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var down = id(record(Machines.change(machine, now.minus(Duration.ofMinutes(60)), "DOWN", "ELECTRICAL")));
        downtime(down).andExpect(jsonPath("$.endedAt").doesNotExist());
        mvc.perform(get("/api/v1/equipment/{id}", machine).header("Authorization", hse))
                .andExpect(jsonPath("$.state.state").value("DOWN"))
                .andExpect(jsonPath("$.state.reason").value("ELECTRICAL"));
        assertThat(events.stream(DowntimeEnded.class).filter(e -> e.downtimeId().equals(down)))
                .isEmpty();

        record(Machines.change(machine, now.minus(Duration.ofMinutes(10)), "RUNNING", null))
                .andExpect(status().isCreated());
        downtime(down).andExpect(jsonPath("$.durationSeconds").value(50 * 60));
        assertThat(events.stream(DowntimeEnded.class).filter(e -> e.downtimeId().equals(down)))
                .singleElement()
                .satisfies(e -> assertThat(e.duration()).isEqualTo(Duration.ofMinutes(50)));
    }

    @Test
    void voidingAChangeWithdrawsTheDowntimeItOpened() throws Exception {
        record(Machines.change(machine, base, "RUNNING", null)).andExpect(status().isCreated());
        var down = id(record(Machines.change(machine, hours(3), "DOWN", "OPERATOR")));
        record(Machines.change(machine, hours(4), "RUNNING", null)).andExpect(status().isCreated());

        voidChange(down, "{\"reason\": \"\"}").andExpect(status().isBadRequest());
        voidChange(down, "{\"reason\": \"Entered on the wrong pump\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.voidedReason").value("Entered on the wrong pump"));
        downtime(down).andExpect(jsonPath("$.withdrawn").value(true));
        assertThat(machines.downtimes(machine)).isZero();
        voidChange(down, "{\"reason\": \"again\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));

        mvc.perform(get("/api/v1/equipment/{id}/states", machine)
                        .header("Authorization", hse)
                        .param("from", day(base).toString()))
                .andExpect(jsonPath("$.totalItems").value(2));
        mvc.perform(get("/api/v1/equipment/{id}/states", machine)
                        .header("Authorization", hse)
                        .param("from", day(base).toString())
                        .param("voided", "true"))
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.items[0].at").value(hours(4).toString()));

        // the same moment may be recorded again once the wrong change is voided
        record(Machines.change(machine, hours(3), "IDLE", null)).andExpect(status().isCreated());
    }

    /**
     * Three days of the plant (Asia/Yekaterinburg), D to D+2, 72 hours. Running D 00:00-06:00, D 09:00 to D+1 12:00,
     * D+1 20:00 to D+2 18:00: 6 + 27 + 22 = 55 h. Down for a mechanical failure D 06:00-09:00 (3 h), planned
     * maintenance D+1 12:00-20:00 (8 h), an electrical failure from D+2 18:00 (6 h inside the period, 12 h in all).
     * Failures 2: MTBF 55 / 2 = 27.5 h, MTTR (3 + 6) / 2 = 4.5 h.
     */
    @Test
    void mtbfAndMttrOverDaysOfThePlant() throws Exception {
        var d = LocalDate.now(PLANT).minusDays(20);
        var batch = batch(
                Machines.change(machine, at(d.minusDays(1), 22), "RUNNING", null),
                Machines.change(machine, at(d, 6), "DOWN", "MECHANICAL"),
                Machines.change(machine, at(d, 9), "RUNNING", null),
                Machines.change(machine, at(d.plusDays(1), 12), "DOWN", "PLANNED_MAINTENANCE"),
                Machines.change(machine, at(d.plusDays(1), 20), "RUNNING", null),
                Machines.change(machine, at(d.plusDays(2), 18), "DOWN", "ELECTRICAL"),
                Machines.change(machine, at(d.plusDays(3), 6), "RUNNING", null));
        recordAll(batch).andExpect(status().isOk());

        mvc.perform(get("/api/v1/equipment/{id}/reliability", machine)
                        .header("Authorization", hse)
                        .param("from", d.toString())
                        .param("to", d.plusDays(2).toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.failures").value(2))
                .andExpect(jsonPath("$.plannedStops").value(1))
                .andExpect(jsonPath("$.mtbfHours").value(27.5))
                .andExpect(jsonPath("$.mttrHours").value(4.5))
                .andExpect(jsonPath("$.runningHours").value(55.0))
                .andExpect(jsonPath("$.plannedDownHours").value(8.0))
                .andExpect(jsonPath("$.unplannedDownHours").value(9.0))
                .andExpect(jsonPath("$.unknownHours").value(0.0))
                .andExpect(jsonPath("$.measuredFrom").value(at(d, 0).toString()));

        mvc.perform(get("/api/v1/equipment/{id}/reliability", machine)
                        .header("Authorization", hse)
                        .param("from", d.plusDays(3).toString())
                        .param("to", d.plusDays(3).toString()))
                .andExpect(jsonPath("$.failures").value(0))
                .andExpect(jsonPath("$.mtbfHours").doesNotExist())
                .andExpect(jsonPath("$.runningHours").value(18.0))
                .andExpect(jsonPath("$.unplannedDownHours").value(6.0));

        mvc.perform(get("/api/v1/equipment/{id}/reliability", machine)
                        .header("Authorization", hse)
                        .param("from", d.toString())
                        .param("to", d.minusDays(1).toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/equipment/{id}/reliability", machine)
                        .header("Authorization", hse)
                        .param("from", d.minusYears(3).toString())
                        .param("to", d.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
    }

    @Test
    void theReasonsSayWhichStopsArePlanned() throws Exception {
        mvc.perform(get("/api/v1/equipment/reasons")
                        .header("Authorization", hse)
                        .header("Accept-Language", "ru"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'PLANNED_MAINTENANCE')].planned")
                        .value(true))
                .andExpect(jsonPath("$[?(@.code == 'MECHANICAL')].planned").value(false))
                .andExpect(jsonPath("$[?(@.code == 'MECHANICAL')].label").value("Механическая неисправность"));
    }

    private Instant hours(int hours) {
        return base.plus(Duration.ofHours(hours));
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(PLANT).toInstant();
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, PLANT);
    }

    private ResultActions record(String body) throws Exception {
        return mvc.perform(post("/api/v1/equipment/states")
                .header("Authorization", hse)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private ResultActions recordAll(String body) throws Exception {
        return mvc.perform(post("/api/v1/equipment/states/batch")
                .header("Authorization", hse)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private ResultActions voidChange(UUID change, String body) throws Exception {
        return mvc.perform(post("/api/v1/equipment/states/{id}/void", change)
                .header("Authorization", hse)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private ResultActions downtime(UUID id) throws Exception {
        return mvc.perform(get("/api/v1/equipment/downtimes/{id}", id).header("Authorization", hse))
                .andExpect(status().isOk());
    }

    private static UUID id(ResultActions created) throws Exception {
        var json = created.andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return UUID.fromString(JsonPath.read(json, "$.id"));
    }

    private static String batch(String... changes) {
        return "{\"changes\": [" + String.join(", ", changes) + "]}";
    }
}
