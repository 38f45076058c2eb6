package dev.tandem.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Dispatch data recorded in the equipment module reaches the pump's detector as its context: a planned stop raises
 * no warning however still its signals lie, nor does the start after it, while a transmitter that freezes once the
 * pump runs again does.
 */
@TandemIntegrationTest
class DispatchContextIntegrationTests {

    private static final double[] AT_REST = {1, 0, 30, 25};

    private int recorded;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void aPlannedStopAndTheStartAfterItRaiseNothingWhileAFrozenTransmitterOnTheRunningPumpDoes() throws Exception {
        var jdbc = context.getBean(JdbcClient.class);
        var pump = new SignalFixture(context, 31);
        var hse = new Logins(context).bearer("hse");
        long base = context.getBean(Clock.class).millis() - Duration.ofHours(3).toMillis();
        base -= base % 60_000;
        record(hse, pump.equipmentId, base - 3_600_000, "RUNNING", null);
        double frozen = 0;
        var samples = new StringBuilder();
        for (int second = 0; second < 2400; second++) {
            if (second == 700) {
                SignalFixture.send(mvc, hse, samples);
                record(hse, pump.equipmentId, base + 700_000, "DOWN", "PLANNED_MAINTENANCE");
            }
            if (second == 1300) {
                SignalFixture.send(mvc, hse, samples);
                // /signals says the pump is at rest, in the reader's language
                assertContext(hse, pump.equipmentId, "AT_REST");
                mvc.perform(get("/signals").with(new Logins(context).as("hse")))
                        .andExpect(content().string(containsString("At rest (idle or stopped): not judged")));
                mvc.perform(get("/signals").with(new Logins(context).as("hse")).header("Accept-Language", "ru"))
                        .andExpect(content().string(containsString("Стоит (простой или остановка): не оценивается")));
                record(hse, pump.equipmentId, base + 1_300_000, "RUNNING", null);
            }
            if (second == 1305) {
                SignalFixture.send(mvc, hse, samples);
                assertContext(hse, pump.equipmentId, "STARTING_UP");
            }
            boolean runs = second < 700 || second >= 1300;
            var values = runs ? pump.next() : AT_REST.clone();
            if (second == 2100) {
                frozen = values[0];
            }
            if (second >= 2100) {
                values[0] = frozen; // the pressure transmitter sticks while the pump runs
            }
            pump.append(samples, base + second * 1000L, values);
            if (second % 200 == 199) {
                SignalFixture.send(mvc, hse, samples);
            }
        }
        SignalFixture.send(mvc, hse, samples);

        var warning = SignalPipelineIntegrationTests.await(
                () -> jdbc.sql("select id from safety_event where equipment_id = :equipment")
                        .param("equipment", pump.equipmentId)
                        .query(UUID.class)
                        .optional()
                        .orElse(null));
        long firedAt = jdbc.sql("select extract(epoch from fired_at) * 1000 from signal_warning where event_id = :id")
                .param("id", warning)
                .query(Double.class)
                .single()
                .longValue();
        assertThat(firedAt).isBetween(base + 2_100_000, base + 2_130_000);
        assertContext(hse, pump.equipmentId, "RUNNING");
        mvc.perform(get("/api/v1/events/{id}", warning).header("Authorization", hse))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.signals[0].key").value(pump.keys.get(0)));
        assertThat(jdbc.sql("select count(*) from safety_event where equipment_id = :equipment")
                        .param("equipment", pump.equipmentId)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    private void assertContext(String hse, UUID equipment, String context) throws Exception {
        mvc.perform(get("/api/v1/signals/ingestion").header("Authorization", hse))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.streams[?(@.equipmentId == '%s')].context".formatted(equipment))
                        .value(org.hamcrest.Matchers.contains(context)));
    }

    /** Records a state change and waits until the signal module has heard of it. */
    private void record(String hse, UUID equipment, long at, String state, String reason) throws Exception {
        mvc.perform(post("/api/v1/equipment/states")
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                """
                                {"equipmentId": "%s", "at": "%s", "state": "%s"%s}"""
                                        .formatted(
                                                equipment,
                                                Instant.ofEpochMilli(at),
                                                state,
                                                reason == null ? "" : ", \"reason\": \"" + reason + "\"")))
                .andExpect(status().isCreated());
        int expected = ++recorded;
        await().atMost(Duration.ofSeconds(20)).until(() -> context.getBean(JdbcClient.class)
                .sql(
                        """
                                select count(*) filter (where completion_date is null) = 0 and count(*) = :recorded
                                from event_publication
                                where event_type like '%EquipmentStatesChanged' and serialized_event like :equipment""")
                .param("equipment", "%" + equipment + "%")
                .param("recorded", expected)
                .query(Boolean.class)
                .single());
    }
}
