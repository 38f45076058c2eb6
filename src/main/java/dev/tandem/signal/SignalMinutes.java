package dev.tandem.signal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A machine's tags minute by minute, from the minute aggregates ingestion keeps (for
 * {@code tandem.signal.minute-retention}): what a chart of an hour around an event reads. Everyone signed in reads a
 * machine's tags and their latest values, so this takes no viewer: the caller decides to whom it shows them.
 */
@Service
@Transactional(readOnly = true)
public class SignalMinutes {

    /** The longest span read at once: a chart's hours, not a year of minutes. */
    static final Duration LONGEST = Duration.ofHours(12);

    private final JdbcClient jdbc;

    SignalMinutes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One minute of a tag.
     *
     * @param at the minute's start
     */
    public record Minute(Instant at, double min, double mean, double max) {}

    /**
     * A tag's minutes in a span, oldest first, with the range its readings are expected in (absent when none is
     * set).
     */
    public record Trace(
            String key, String name, String unit, Double expectedMin, Double expectedMax, List<Minute> minutes) {}

    /**
     * The minutes from {@code from} (inclusive) to {@code to} (exclusive) of the machine's tags named by their keys,
     * in the order of {@code keys}; a key the machine has no tag of is left out, a tag that sent nothing then has no
     * minutes.
     */
    public List<Trace> traces(UUID equipmentId, List<String> keys, Instant from, Instant to) {
        if (!from.isBefore(to) || Duration.between(from, to).compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("a span of up to " + LONGEST + " is read, not " + from + " to " + to);
        }
        if (keys.isEmpty()) {
            return List.of();
        }
        var traces = new LinkedHashMap<String, Trace>();
        jdbc.sql(
                        """
                        select t.tag_key, t.name, t.unit, t.expected_min, t.expected_max,
                               m.minute, m.min_value, m.sum_value / m.samples as mean_value, m.max_value
                        from signal_tag t
                        left join signal_minute m on m.tag_id = t.id and m.minute >= :from and m.minute < :to
                        where t.equipment_id = :equipment and t.tag_key in (:keys)
                        order by t.tag_key, m.minute""")
                .param("equipment", equipmentId)
                .param("keys", keys)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(rs -> {
                    var key = rs.getString("tag_key");
                    if (!traces.containsKey(key)) {
                        traces.put(
                                key,
                                new Trace(
                                        key,
                                        rs.getString("name"),
                                        rs.getString("unit"),
                                        rs.getObject("expected_min", Double.class),
                                        rs.getObject("expected_max", Double.class),
                                        new ArrayList<>()));
                    }
                    var minute = rs.getTimestamp("minute");
                    if (minute != null) {
                        traces.get(key)
                                .minutes()
                                .add(new Minute(
                                        minute.toInstant(),
                                        rs.getDouble("min_value"),
                                        rs.getDouble("mean_value"),
                                        rs.getDouble("max_value")));
                    }
                });
        return keys.stream()
                .distinct()
                .filter(traces::containsKey)
                .map(key -> {
                    var trace = traces.get(key);
                    return new Trace(
                            trace.key(),
                            trace.name(),
                            trace.unit(),
                            trace.expectedMin(),
                            trace.expectedMax(),
                            List.copyOf(trace.minutes()));
                })
                .toList();
    }
}
