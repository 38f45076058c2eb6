package dev.tandem.signal.ingest;

import dev.tandem.event.ContributingSignal;
import java.util.List;
import java.util.UUID;

/** Where equipment streams send what they find; called under the ingestion lock, so it must not block. */
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
