package dev.tandem.signal.ingest;

import dev.tandem.signal.ingest.IngestionReport.Rejection;
import dev.tandem.signal.ingest.IngestionReport.SourceCounts;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Samples taken and refused, per source and reason, as Micrometer counters ({@code tandem.signal.samples}, tagged
 * {@code source} and {@code result}: {@code ACCEPTED} or the reason), and the latest refusals for people to read.
 * The counts run from the application's start.
 */
@Component
class IngestionCounters {

    private static final int RECENT = 20;

    private final Map<SampleSource, Counter> accepted = new EnumMap<>(SampleSource.class);
    private final Map<SampleSource, Map<RejectReason, Counter>> rejected = new EnumMap<>(SampleSource.class);
    private final ArrayDeque<Rejection> recent = new ArrayDeque<>();
    private final Clock clock;

    IngestionCounters(MeterRegistry meters, Clock clock) {
        this.clock = clock;
        for (var source : SampleSource.values()) {
            accepted.put(source, counter(meters, source, "ACCEPTED"));
            var reasons = new EnumMap<RejectReason, Counter>(RejectReason.class);
            for (var reason : RejectReason.values()) {
                reasons.put(reason, counter(meters, source, reason.name()));
            }
            rejected.put(source, reasons);
        }
    }

    private static Counter counter(MeterRegistry meters, SampleSource source, String result) {
        return Counter.builder("tandem.signal.samples")
                .description("Signal samples taken or refused, by source and result")
                .tag("source", source.name())
                .tag("result", result)
                .register(meters);
    }

    void accepted(SampleSource source, long count) {
        if (count > 0) {
            accepted.get(source).increment(count);
        }
    }

    void rejected(SampleSource source, RejectReason reason, long count, String tag, String detail) {
        rejected.get(source).get(reason).increment(count);
        synchronized (recent) {
            if (recent.size() == RECENT) {
                recent.removeLast();
            }
            recent.addFirst(new Rejection(Instant.now(clock), source, reason, abbreviate(tag), abbreviate(detail)));
        }
    }

    /** Counts per source: accepted, and refused by reason. */
    List<SourceCounts> counts() {
        var counts = new ArrayList<SourceCounts>();
        for (var source : SampleSource.values()) {
            var reasons = new EnumMap<RejectReason, Long>(RejectReason.class);
            rejected.get(source).forEach((reason, counter) -> reasons.put(reason, (long) counter.count()));
            counts.add(new SourceCounts(source, (long) accepted.get(source).count(), reasons));
        }
        return counts;
    }

    List<Rejection> recent() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}
