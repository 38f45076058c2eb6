package dev.tandem.signal.ingest;

import dev.tandem.event.ContributingSignal;
import java.util.List;
import java.util.UUID;

/**
 * Where equipment streams send what they find; called under the ingestion lock, so it blocks only to slow ingestion
 * down when warnings come faster than they are written.
 */
interface StreamOutput {

    void fired(FiredWarning warning);

    void completed(UUID warningId, SignalWindow window);

    /**
     * An episode opened on an equipment.
     *
     * @param firedAt the time of the sample the detector (or a tag's expected range) tripped on
     * @param learnedFrom the start of the normal window the detector learned from; null while still learning
     */
    record FiredWarning(
            UUID id,
            EquipmentInfo equipment,
            long firedAt,
            double score,
            List<ContributingSignal> signals,
            SignalWindow window,
            Long learnedFrom) {}
}
