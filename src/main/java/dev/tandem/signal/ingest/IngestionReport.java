package dev.tandem.signal.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Samples taken and refused since the application started, per source, and the latest refusals.
 *
 * @param sources one entry per source
 * @param recent the latest refused samples, newest first
 */
public record IngestionReport(List<SourceCounts> sources, List<Rejection> recent) {

    /** @param rejected refused samples by reason */
    public record SourceCounts(SampleSource source, long accepted, Map<RejectReason, Long> rejected) {

        public long rejectedTotal() {
            return rejected.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** A refused sample (or an unreadable message), as the report lists it. */
    public record Rejection(Instant at, SampleSource source, RejectReason reason, String tag, String detail) {}
}
