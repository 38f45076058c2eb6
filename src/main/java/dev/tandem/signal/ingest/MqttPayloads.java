package dev.tandem.signal.ingest;

import dev.tandem.signal.ingest.SignalProperties.PayloadFormat;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads MQTT messages into samples. JSON: {@code {"ts": <epoch ms or ISO-8601>, "values": {"<tag key>": <number>,
 * ...}}} on any topic (no {@code ts}: the time of arrival). Value: one number per message, the tag key being the
 * topic below the subscription's fixed part ({@code tandem/signals/#} and {@code tandem/signals/P-101.pressure}
 * give {@code P-101.pressure}), timed on arrival.
 */
final class MqttPayloads {

    /** A message that holds no samples at all. */
    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message, null, false, false);
        }
    }

    private final JsonMapper json;
    private final PayloadFormat format;
    private final String topicPrefix;
    private final ZoneId zone;

    MqttPayloads(PayloadFormat format, String topicFilter, ZoneId zone) {
        // tag keys are data, thousands of them: Jackson's table of canonical property names overflows on them
        this.json = JsonMapper.builder(JsonFactory.builder()
                        .disable(TokenStreamFactory.Feature.CANONICALIZE_PROPERTY_NAMES)
                        .build())
                .build();
        this.format = format;
        this.topicPrefix = fixedPart(topicFilter);
        this.zone = zone;
    }

    /** The levels of a topic filter before its first wildcard, with their trailing slash. */
    static String fixedPart(String filter) {
        var levels = filter.split("/", -1);
        var prefix = new StringBuilder();
        for (var level : levels) {
            if (level.equals("#") || level.equals("+")) {
                break;
            }
            prefix.append(level).append('/');
        }
        return prefix.toString();
    }

    List<RawSample> read(String topic, byte[] payload, long receivedMillis) throws Malformed {
        return format == PayloadFormat.JSON ? json(payload, receivedMillis) : value(topic, payload, receivedMillis);
    }

    private List<RawSample> json(byte[] payload, long receivedMillis) throws Malformed {
        try {
            var root = json.readTree(payload);
            if (root == null
                    || !root.isObject()
                    || root.get("values") == null
                    || !root.get("values").isObject()) {
                throw new Malformed("no \"values\" object");
            }
            long ts = receivedMillis;
            if (root.get("ts") != null) {
                ts = SampleTimes.parse(root.get("ts"), zone).orElseThrow(() -> new Malformed("unreadable \"ts\""));
            }
            var samples = new ArrayList<RawSample>();
            for (var entry : root.get("values").properties()) {
                samples.add(new RawSample(entry.getKey(), ts, SampleTimes.value(entry.getValue())));
            }
            return samples;
        } catch (JacksonException unreadable) {
            throw new Malformed("not JSON");
        }
    }

    private List<RawSample> value(String topic, byte[] payload, long receivedMillis) throws Malformed {
        if (!topic.startsWith(topicPrefix) || topic.length() == topicPrefix.length()) {
            throw new Malformed("no tag key in topic " + topic);
        }
        var key = topic.substring(topicPrefix.length());
        return List.of(new RawSample(key, receivedMillis, new String(payload, StandardCharsets.UTF_8)));
    }
}
