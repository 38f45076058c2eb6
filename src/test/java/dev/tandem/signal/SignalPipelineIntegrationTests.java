package dev.tandem.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.database.DatabaseNotifications;
import dev.tandem.identity.Logins;
import dev.tandem.kpi.web.LiveUpdates;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole pipeline end to end: samples published to the in-process Moquette broker, received by Tandem's Paho
 * listener, lined up and judged by the equipment's detector, and one early warning per episode persisted with its
 * signals and window; then what people do with it.
 */
@TandemIntegrationTest
class SignalPipelineIntegrationTests {

    private static final int LEARNING = 600;
    private static final int FAULT_AT = 900;
    private static final int END = 1200;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MqttInputs inputs;

    @Autowired
    Clock clock;

    @Autowired
    DatabaseNotifications notifications;

    Logins logins;

    @BeforeEach
    void setUp() {
        logins = new Logins(context);
    }

    @Test
    void aFaultPublishedOverMqttBecomesOneEarlyWarningWithItsSignalsWindowAndMinuteAggregates() throws Exception {
        var pump = new SignalFixture(context, 11);
        var announced = new LinkedBlockingQueue<String>();
        var listening = notifications.listen(LiveUpdates.CHANNEL, announced::add);
        long base = minuteAgo(3);
        var input = inputs.current().orElseThrow();
        var publisher = new MqttClient(input.url(), "test-" + UUID.randomUUID(), new MemoryPersistence());
        publisher.connect(new MqttConnectOptions());
        try {
            for (int second = 0; second < END; second++) {
                if (second % 20 == 0) {
                    // QoS 0 over a broker: a burst far beyond what a plant sends can outrun the listener
                    Thread.sleep(5);
                }
                var values = pump.next();
                if (second >= FAULT_AT) {
                    values[1] += 6; // the flow transmitter steps by twenty times its noise and stays there
                }
                var message =
                        new MqttMessage(pump.json(base + second * 1000L, values).getBytes(StandardCharsets.UTF_8));
                message.setQos(0);
                publisher.publish(input.topicPrefix() + pump.code, message);
            }
        } finally {
            publisher.disconnect();
            publisher.close();
        }

        var warning = await(
                () -> jdbc.sql("select id from safety_event where equipment_id = :equipment and type = 'EARLY_WARNING'")
                        .param("equipment", pump.equipmentId)
                        .query(UUID.class)
                        .optional()
                        .orElse(null));
        // the whole window after the warning is in by the end of the run: one episode, one warning
        await(() -> jdbc.sql("select true from signal_warning where event_id = :id and window_complete")
                .param("id", warning)
                .query(Boolean.class)
                .optional()
                .orElse(null));
        assertThat(jdbc.sql("select count(*) from safety_event where equipment_id = :equipment")
                        .param("equipment", pump.equipmentId)
                        .query(Long.class)
                        .single())
                .isOne();
        long firedAt = jdbc.sql("select extract(epoch from fired_at) * 1000 from signal_warning where event_id = :id")
                .param("id", warning)
                .query(Double.class)
                .single()
                .longValue();
        assertThat(firedAt).isBetween(base + FAULT_AT * 1000L, base + (FAULT_AT + 60) * 1000L);
        // announced to the live dashboards as a person's report is (nothing else reports events meanwhile)
        assertThat(announced.poll(10, TimeUnit.SECONDS)).isEqualTo("event");
        listening.close();

        var hse = logins.bearer("hse");
        mvc.perform(get("/api/v1/events/{id}", warning).header("Authorization", hse))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("EARLY_WARNING"))
                .andExpect(jsonPath("$.status").value("REPORTED"))
                .andExpect(jsonPath("$.equipmentId").value(pump.equipmentId.toString()))
                .andExpect(jsonPath("$.siteId").value(pump.siteId.toString()))
                .andExpect(jsonPath("$.areaId").value(pump.areaId.toString()))
                .andExpect(jsonPath("$.reporterId").doesNotExist())
                // written in the plant's language (the test plant's is English), whoever reads it
                .andExpect(jsonPath("$.description")
                        .value(org.hamcrest.Matchers.startsWith("Early warning on " + pump.code)))
                .andExpect(jsonPath("$.signals[*].key").value(org.hamcrest.Matchers.hasItem(pump.keys.get(1))))
                // each signal in words, in the reader's language: the flow stepped up from its normal for the load
                // the pump's other tags say it runs at
                .andExpect(jsonPath("$.explanations")
                        .value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.matchesPattern(
                                "flow [0-9.]+ u above normal for this load(, (rising|falling) [0-9.]+ u/min)?"))));
        mvc.perform(get("/events/{id}", warning).with(logins.as("hse")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("u above normal for this load")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(pump.keys.get(1))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/signals/warnings/" + warning)));
        // its notification says it in words too, in each reader's language
        var told = await(() -> jdbc.sql(
                        """
                        select body from notification where record_id = :id and kind = 'event.early-warning'
                        limit 1""")
                .param("id", warning)
                .query(String.class)
                .optional()
                .orElse(null));
        assertThat(told).containsPattern("flow [0-9.]+ u above normal for this load");
        mvc.perform(get("/signals/warnings/{id}/window", warning).with(logins.as("hse")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-signal-window")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(pump.keys.get(3))));
        // another contractor's people do not see the plant's warnings
        mvc.perform(get("/signals/warnings/{id}/window", warning).with(logins.as("contractor1")))
                .andExpect(status().isNotFound());

        // minute aggregates: every minute that ended, each tag's 60 samples, written in batches
        var minutes = await(() -> {
            var rows = jdbc.sql(
                            """
                            select count(*) from signal_minute m join signal_tag t on t.id = m.tag_id
                            where t.equipment_id = :equipment and m.samples = 60""")
                    .param("equipment", pump.equipmentId)
                    .query(Long.class)
                    .single();
            return rows >= 4L * (END / 60 - 1) ? rows : null;
        });
        assertThat(minutes).isGreaterThanOrEqualTo(4L * (END / 60 - 1));
    }

    @Test
    void aWarningIsDismissedAsAFalseAlarmAndCountedOrTurnedIntoAnAction() throws Exception {
        var first = warningByHttp(21);
        var second = warningByHttp(22);
        var hse = logins.bearer("hse");

        mvc.perform(post("/api/v1/events/{id}/false-alarm", first.warning)
                        .header("If-Match", "*")
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\": \"Transmitter recalibrated during the shift\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.outcome").value("FALSE_ALARM"));
        mvc.perform(get("/api/v1/signals/ingestion").header("Authorization", hse))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.warnings[?(@.equipmentId == '%s')].falseAlarms".formatted(first.pump.equipmentId))
                                .value(org.hamcrest.Matchers.contains(1)));
        // a person's event is no false alarm, and a closed warning is not dismissed twice
        mvc.perform(post("/api/v1/events/{id}/false-alarm", first.warning)
                        .header("If-Match", "*")
                        .header("Authorization", hse))
                .andExpect(status().isBadRequest());

        var owner = logins.viewer("manager").personId();
        mvc.perform(post("/api/v1/actions")
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                """
                                {"title": "Inspect the pump's flow transmitter", "sourceType": "EVENT",
                                 "sourceId": "%s", "ownerPersonId": "%s", "dueDate": "%s"}"""
                                        .formatted(
                                                second.warning,
                                                owner,
                                                LocalDate.now(clock).plusDays(7))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sourceCategory").value("EARLY_WARNING"))
                .andExpect(jsonPath("$.siteId").value(second.pump.siteId.toString()));
        // people cannot make their events early warnings, nor early warnings something else
        mvc.perform(
                        post("/events/{id}/false-alarm", second.warning)
                                .with(logins.as("contractor1"))
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isNotFound());
    }

    private record Warned(SignalFixture pump, UUID warning) {}

    /** A pump learned and faulted through the HTTP batch endpoint; its one warning. */
    private Warned warningByHttp(long seed) throws Exception {
        var pump = new SignalFixture(context, seed);
        long base = minuteAgo(3);
        var hse = logins.bearer("hse");
        var body = new StringBuilder();
        for (int second = 0; second < 960; second++) {
            var values = pump.next();
            if (second >= 700) {
                values[0] += 5; // five of the tag's standard deviations: a clear step, well past the limit
            }
            pump.append(body, base + second * 1000L, values);
            if (second % 200 == 199) {
                SignalFixture.send(mvc, hse, body);
            }
        }
        SignalFixture.send(mvc, hse, body);
        var warning = await(() -> jdbc.sql("select id from safety_event where equipment_id = :equipment")
                .param("equipment", pump.equipmentId)
                .query(UUID.class)
                .optional()
                .orElse(null));
        return new Warned(pump, warning);
    }

    private long minuteAgo(int hours) {
        long now = clock.millis() - Duration.ofHours(hours).toMillis();
        return now - now % 60_000;
    }

    /**
     * Waits up to a minute for something written by the pipeline's own threads: a warning waits for the alarm gate's
     * hold before its safety event, and a loaded machine is slow.
     */
    static <T> T await(Supplier<T> probe) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < until) {
            var value = probe.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("nothing arrived within a minute");
    }
}
