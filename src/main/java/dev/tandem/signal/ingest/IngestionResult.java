package dev.tandem.signal.ingest;

import java.util.List;
import java.util.Map;

/**
 * What became of a batch of samples.
 *
 * @param rejected counts by reason, only the reasons that occurred
 * @param problems the first rejected samples, to show the sender what to fix
 */
public record IngestionResult(long accepted, Map<RejectReason, Long> rejected, List<Problem> problems) {

    /** @param index the sample's position in the batch (or the row of a file) */
    public record Problem(long index, String tag, RejectReason reason) {}
}
