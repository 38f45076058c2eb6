package dev.tandem.signal.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.signal.ingest.SignalProperties.PayloadFormat;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MqttPayloadsTests {

    private static final ZoneId ZONE = ZoneId.of("Asia/Yekaterinburg");

    @Test
    void readsAJsonFrameWithEpochOrIsoTimeAndEveryValueAsItCame() throws Exception {
        var payloads = new MqttPayloads(PayloadFormat.JSON, "plant/+/signals/#", ZONE);

        var samples = payloads.read(
                "plant/a/signals/x",
                bytes("{\"ts\": 1700000000123, \"values\": {\"P.p\": 4.5, \"P.q\": \"7\", \"P.r\": null}}"),
                0);
        var iso = payloads.read(
                "plant/a/signals/x", bytes("{\"ts\": \"2026-01-10T13:00:00\", \"values\": {\"P.p\": 1}}"), 0);
        var untimed = payloads.read("plant/a/signals/x", bytes("{\"values\": {\"P.p\": 1}}"), 42);

        assertThat(samples)
                .containsExactly(
                        new RawSample("P.p", 1700000000123L, 4.5),
                        new RawSample("P.q", 1700000000123L, "7"),
                        new RawSample("P.r", 1700000000123L, null));
        assertThat(iso.get(0).timestampMillis()).isEqualTo(1768032000000L); // 13:00 in Yekaterinburg is 08:00 UTC
        assertThat(untimed.get(0).timestampMillis()).isEqualTo(42);
    }

    @Test
    void readsOneValuePerTopicWithTheKeyBelowTheSubscriptionsFixedPart() throws Exception {
        var payloads = new MqttPayloads(PayloadFormat.VALUE, "tandem/signals/#", ZONE);

        assertThat(payloads.read("tandem/signals/P-101/pressure", bytes(" 5.25 "), 1000))
                .containsExactly(new RawSample("P-101/pressure", 1000, " 5.25 "));
        assertThatThrownBy(() -> payloads.read("tandem/signals/", bytes("1"), 0))
                .isInstanceOf(MqttPayloads.Malformed.class);
    }

    @Test
    void refusesMessagesThatHoldNoSamples() {
        var payloads = new MqttPayloads(PayloadFormat.JSON, "tandem/signals/#", ZONE);

        for (var text :
                new String[] {"", "5", "[1]", "{\"values\": 3}", "{\"ts\": \"soon\", \"values\": {}}", "{\"values\": {"
                }) {
            assertThatThrownBy(() -> payloads.read("tandem/signals/x", bytes(text), 0))
                    .as(text)
                    .isInstanceOf(MqttPayloads.Malformed.class);
        }
    }

    @Test
    void readsAPlantsWorthOfDistinctTagKeysWithoutRunningOutOfNames() throws Exception {
        var payloads = new MqttPayloads(PayloadFormat.JSON, "tandem/signals/#", ZONE);
        int read = 0;
        for (int equipment = 0; equipment < 3000; equipment++) {
            var frame = new StringBuilder("{\"ts\": 1, \"values\": {");
            for (int tag = 0; tag < 10; tag++) {
                frame.append(tag == 0 ? "" : ",").append("\"B-%04d.t%02d\": %d".formatted(equipment, tag, tag));
            }
            read += payloads.read("tandem/signals/x", bytes(frame.append("}}").toString()), 0)
                    .size();
        }

        assertThat(read).isEqualTo(30_000);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
