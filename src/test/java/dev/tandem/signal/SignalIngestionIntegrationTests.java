package dev.tandem.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Bad samples from every source are counted and reported, never thrown; tags and who may do what. */
@TandemIntegrationTest
class SignalIngestionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MqttInputs inputs;

    @Autowired
    MeterRegistry meters;

    @Autowired
    Clock clock;

    Logins logins;
    SignalFixture pump;

    @BeforeEach
    void setUp() {
        logins = new Logins(context);
        pump = new SignalFixture(context, 31);
    }

    @Test
    void everyKindOfBadSampleInAnHttpBatchIsCountedListedAndLeavesTheGoodOnesIn() throws Exception {
        long t = clock.millis() - 3_600_000;
        var key = pump.keys.get(0);
        var before = rejected("HTTP", "UNKNOWN_TAG");
        mvc.perform(post("/api/v1/signals/samples")
                        .header("Authorization", logins.bearer("hse"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                """
                                {"samples": [
                                  {"tag": "%1$s", "ts": %2$d, "value": 10.5},
                                  {"tag": "no-such-tag", "ts": %2$d, "value": 1},
                                  {"tag": "%1$s", "ts": %3$d, "value": "high"},
                                  {"tag": "%1$s", "ts": %2$d, "value": 10.6},
                                  {"tag": "%1$s", "ts": %4$d, "value": 10.4},
                                  {"tag": "%1$s", "value": 10.4},
                                  {"tag": "%1$s", "ts": "%5$s", "value": "10.7"}
                                ]}"""
                                        .formatted(
                                                key, t, t + 1000, t - 1000, java.time.Instant.ofEpochMilli(t + 2000))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(2))
                .andExpect(jsonPath("$.rejected.UNKNOWN_TAG").value(1))
                .andExpect(jsonPath("$.rejected.NOT_NUMERIC").value(1))
                .andExpect(jsonPath("$.rejected.DUPLICATE_TIMESTAMP").value(1))
                .andExpect(jsonPath("$.rejected.OUT_OF_ORDER").value(1))
                .andExpect(jsonPath("$.rejected.MALFORMED_PAYLOAD").value(1))
                .andExpect(jsonPath("$.problems[0].index").value(1))
                .andExpect(jsonPath("$.problems[0].reason").value("UNKNOWN_TAG"))
                .andExpect(jsonPath("$.problems[4].index").value(5))
                .andExpect(jsonPath("$.problems[4].reason").value("MALFORMED_PAYLOAD"));
        assertThat(rejected("HTTP", "UNKNOWN_TAG")).isEqualTo(before + 1);

        // a body that holds no samples at all is refused whole, and counted too
        var malformed = rejected("HTTP", "MALFORMED_PAYLOAD");
        mvc.perform(post("/api/v1/signals/samples")
                        .header("Authorization", logins.bearer("hse"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[1, 2, 3"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("samples"));
        assertThat(rejected("HTTP", "MALFORMED_PAYLOAD")).isEqualTo(malformed + 1);

        mvc.perform(get("/api/v1/signals/ingestion").header("Authorization", logins.bearer("manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ingestion.sources[?(@.source == 'HTTP')].rejected.NOT_NUMERIC")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.greaterThanOrEqualTo(1))))
                .andExpect(jsonPath("$.ingestion.recent[0].source").value("HTTP"));
        mvc.perform(get("/signals").with(logins.as("hse")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(pump.code)))
                .andExpect(content().string(containsString("no-such-tag")));
    }

    @Test
    void messagesOverMqttThatCannotBeReadAreCountedAndTheListenerGoesOn() throws Exception {
        var malformed = rejected("MQTT", "MALFORMED_PAYLOAD");
        var unknown = rejected("MQTT", "UNKNOWN_TAG");
        var notNumeric = rejected("MQTT", "NOT_NUMERIC");
        var accepted = accepted("MQTT");
        var input = inputs.current().orElseThrow();
        var publisher = new MqttClient(input.url(), "test-" + UUID.randomUUID(), new MemoryPersistence());
        publisher.connect(new MqttConnectOptions());
        long t = clock.millis() - 7_200_000;
        try {
            var topic = input.topicPrefix() + pump.code;
            publisher.publish(topic, "not json at all".getBytes(StandardCharsets.UTF_8), 1, false);
            publisher.publish(topic, "{\"ts\": 1, \"readings\": {}}".getBytes(StandardCharsets.UTF_8), 1, false);
            publisher.publish(
                    topic, "{\"ts\": \"yesterday\", \"values\": {}}".getBytes(StandardCharsets.UTF_8), 1, false);
            var frame = "{\"ts\": %d, \"values\": {\"%s\": true, \"ghost.tag\": 3, \"%s\": 12.5}}"
                    .formatted(t, pump.keys.get(0), pump.keys.get(1));
            publisher.publish(topic, frame.getBytes(StandardCharsets.UTF_8), 1, false);
        } finally {
            publisher.disconnect();
            publisher.close();
        }
        SignalPipelineIntegrationTests.await(() -> accepted("MQTT") > accepted ? true : null);
        assertThat(rejected("MQTT", "MALFORMED_PAYLOAD")).isEqualTo(malformed + 3);
        assertThat(rejected("MQTT", "UNKNOWN_TAG")).isEqualTo(unknown + 1);
        assertThat(rejected("MQTT", "NOT_NUMERIC")).isEqualTo(notNumeric + 1);
        assertThat(accepted("MQTT")).isEqualTo(accepted + 1);
    }

    @Test
    void aCsvFileIsReplayedThroughTheSamePipelineWithItsBadRowsAndCellsReported() throws Exception {
        var csv =
                """
                timestamp;%s;%s;unknown.tag
                2026-01-10T08:00:00Z;10.1;20.1;5
                2026-01-10T08:00:01Z;10.2;n/a;
                not a time;10.3;20.3;
                2026-01-10T08:00:01Z;10.4;20.4;
                2026-01-10 13:00:03;10.5;20.5;
                """
                        .formatted(pump.keys.get(0), pump.keys.get(1));
        mvc.perform(multipart("/api/v1/signals/replays")
                        .file(new MockMultipartFile(
                                "file", "replay.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .header("Authorization", logins.bearer("hse")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(6))
                .andExpect(jsonPath("$.rejected.UNKNOWN_TAG").value(1))
                .andExpect(jsonPath("$.rejected.NOT_NUMERIC").value(1))
                .andExpect(jsonPath("$.rejected.MALFORMED_PAYLOAD").value(1))
                .andExpect(jsonPath("$.rejected.DUPLICATE_TIMESTAMP").value(1))
                .andExpect(jsonPath("$.problems[0].index").value(2))
                .andExpect(jsonPath("$.problems[1].index").value(3))
                .andExpect(jsonPath("$.problems[2].index").value(4))
                .andExpect(jsonPath("$.problems[3].index").value(5));

        // the page does the same; a line manager may not replay
        mvc.perform(multipart("/signals/replay")
                        .file(new MockMultipartFile(
                                "file", "replay.csv", "text/csv", "timestamp,x\n".getBytes(StandardCharsets.UTF_8)))
                        .with(logins.as("hse"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("alert")));
        mvc.perform(multipart("/api/v1/signals/replays")
                        .file(new MockMultipartFile(
                                "file", "replay.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .header("Authorization", logins.bearer("manager")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/signals/replays")
                        .file(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]))
                        .header("Authorization", logins.bearer("hse")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    @Test
    void tagsAreKeptByTheOwnerCompanysKeepersWithUniqueKeysAndNamesAndRangesThatMakeSense() throws Exception {
        var hse = logins.bearer("hse");
        var body =
                "{\"equipmentId\": \"%s\", \"name\": \"motor current\", \"unit\": \"A\", \"expectedMin\": 0, \"expectedMax\": 80}"
                        .formatted(pump.equipmentId);
        var created = mvc.perform(post("/api/v1/signals/tags")
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.key").value(pump.code + ".motor_current"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonPath.read(created, "$.id");
        mvc.perform(post("/api/v1/signals/tags")
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("key"));
        mvc.perform(post("/api/v1/signals/tags")
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("motor current", "Motor Current")
                                .replace("\"unit\"", "\"key\": \"other.key\", \"unit\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(post("/api/v1/signals/tags")
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("motor current", "speed")
                                .replace("\"expectedMin\": 0", "\"expectedMin\": 90")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("expectedMax"));
        mvc.perform(post("/api/v1/signals/tags")
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace(
                                pump.equipmentId.toString(), UUID.randomUUID().toString())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("equipmentId"));
        mvc.perform(post("/api/v1/signals/tags")
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("motor current", "speed")
                                .replace("\"unit\"", "\"key\": \"has space\", \"unit\"")))
                .andExpect(status().isBadRequest());

        mvc.perform(put("/api/v1/signals/tags/{id}", id)
                        .header("Authorization", logins.bearer("manager"))
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("\"expectedMax\": 80", "\"expectedMax\": 95")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.expectedMax").value(95.0))
                .andExpect(header().string("ETag", "\"1\""));
        mvc.perform(put("/api/v1/signals/tags/{id}", id)
                        .header("Authorization", hse)
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(get("/api/v1/signals/tags?equipmentId={e}&sort=name", pump.equipmentId)
                        .header("Authorization", logins.bearer("contractor1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(5))
                .andExpect(jsonPath("$.items[1].name").value("motor current"));
        mvc.perform(get("/signals/tags?equipmentId={e}", pump.equipmentId).with(logins.as("worker")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("motor current")));

        // a contractor's people and the owner company's workers only read
        for (var outsider : new String[] {"contractor1", "worker", "director"}) {
            mvc.perform(post("/api/v1/signals/tags")
                            .header("Authorization", logins.bearer(outsider))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body.replace("motor current", "by " + outsider)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/api/v1/signals/tags/{id}/void", id)
                        .header("Authorization", logins.bearer("contractor1"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"no\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/signals/tags/{id}/void", id)
                        .header("Authorization", hse)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"Sensor removed\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.voided.reason").value("Sensor removed"));
        mvc.perform(get("/api/v1/signals/tags/{id}/history", id).header("Authorization", hse))
                .andExpect(jsonPath("$.length()").value(3));
    }

    @Test
    void theTagPagesAddAndChangeATagAndShowBrokenRulesBesideTheFields() throws Exception {
        mvc.perform(get("/signals/tags/new?equipmentId={id}", pump.equipmentId).with(logins.as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(pump.code)));
        var location = mvc.perform(post("/signals/tags")
                        .with(logins.as("manager"))
                        .with(csrf())
                        .param("equipmentId", pump.equipmentId.toString())
                        .param("name", "seal leak")
                        .param("unit", "l/h")
                        .param("expectedMin", "0")
                        .param("expectedMax", "2"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith("/signals/tags/");
        mvc.perform(get(location.replace("?saved", "")).with(logins.as("worker")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(pump.code + ".seal_leak")));
        mvc.perform(post(location.replace("?saved", ""))
                        .with(logins.as("hse"))
                        .with(csrf())
                        .param("version", "0")
                        .param("equipmentId", pump.equipmentId.toString())
                        .param("name", "seal leak")
                        .param("unit", "l/h")
                        .param("expectedMin", "3")
                        .param("expectedMax", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(post("/signals/tags")
                        .with(logins.as("contractor1"))
                        .with(csrf())
                        .param("equipmentId", pump.equipmentId.toString())
                        .param("name", "by contractor")
                        .param("unit", "l/h"))
                .andExpect(status().isForbidden());
    }

    @Test
    void onlyTheOwnerCompanySendsSamplesReadsIngestionAndTellsADetectorToLearnAgain() throws Exception {
        var samples = "{\"samples\": []}";
        for (var refused : new String[] {"contractor1", "contractor1.worker", "worker", "manager", "director"}) {
            mvc.perform(post("/api/v1/signals/samples")
                            .header("Authorization", logins.bearer(refused))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(samples))
                    .andExpect(status().isForbidden());
        }
        for (var refused : new String[] {"contractor1", "contractor1.worker", "contractor2", "worker", "director"}) {
            mvc.perform(post("/api/v1/signals/equipment/{id}/learn", pump.equipmentId)
                            .header("Authorization", logins.bearer(refused))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"reason\": \"not mine to say\"}"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/signals/equipment/{id}/learn", pump.equipmentId)
                            .with(logins.as(refused))
                            .with(csrf()))
                    .andExpect(status().isForbidden());
        }
        for (var refused : new String[] {"contractor1", "contractor1.worker", "worker"}) {
            mvc.perform(get("/api/v1/signals/ingestion").header("Authorization", logins.bearer(refused)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/signals").with(logins.as(refused))).andExpect(status().isForbidden());
        }
        assertThat(relearns()).isZero();
        mvc.perform(post("/api/v1/signals/samples")
                        .header("Authorization", logins.bearer("admin"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(samples))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accepted").value(0));
        mvc.perform(get("/api/v1/signals/ingestion").header("Authorization", logins.bearer("director")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.streams[?(@.equipmentId == '%s')].phase".formatted(pump.equipmentId))
                        .value(org.hamcrest.Matchers.contains("WAITING")));
        mvc.perform(post("/api/v1/signals/equipment/{id}/learn", pump.equipmentId)
                        .header("Authorization", logins.bearer("hse")))
                .andExpect(status().isAccepted());
        mvc.perform(post("/api/v1/signals/equipment/{id}/learn", UUID.randomUUID())
                        .header("Authorization", logins.bearer("hse")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/signals/equipment/{id}/learn", pump.equipmentId)
                        .header("Authorization", logins.bearer("manager"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"%s\"}".formatted("x".repeat(501))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(relearns()).isOne();
        // a line manager tells it after a repair on their ground; the reason is recorded and shown
        mvc.perform(post("/signals/equipment/{id}/learn", pump.equipmentId)
                        .with(logins.as("manager"))
                        .with(csrf())
                        .param("reason", "Bearing replaced"))
                .andExpect(status().is3xxRedirection());
        assertThat(relearns()).isEqualTo(2);
        mvc.perform(get("/api/v1/signals/ingestion").header("Authorization", logins.bearer("hse")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.streams[?(@.equipmentId == '%s')].relearn.reason".formatted(pump.equipmentId))
                        .value(org.hamcrest.Matchers.contains("Bearing replaced")));
        mvc.perform(get("/signals").with(logins.as("hse")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bearing replaced")));
    }

    private long relearns() {
        return jdbc.sql("select count(*) from signal_relearn where equipment_id = :id")
                .param("id", pump.equipmentId)
                .query(Long.class)
                .single();
    }

    private long rejected(String source, String reason) {
        return (long) meters.get("tandem.signal.samples")
                .tag("source", source)
                .tag("result", reason)
                .counter()
                .count();
    }

    private long accepted(String source) {
        return rejected(source, "ACCEPTED");
    }
}
