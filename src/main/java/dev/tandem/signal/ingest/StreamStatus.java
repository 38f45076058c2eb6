package dev.tandem.signal.ingest;

import java.time.Instant;
import java.util.UUID;

/**
 * Where one equipment's signal stream stands.
 *
 * @param phase WAITING (not every tag reported yet), LEARNING or WATCHING
 * @param context what the machine is doing, as its dispatch data says: RUNNING, STARTING_UP or AT_REST
 * @param learnedSamples samples in the normal window while learning
 * @param learnedFrom the start of the normal window the detector learned from
 * @param lastSample the time of the latest sample lined up
 * @param episodeOpen whether a warning episode is going on
 * @param score the latest distance from normal (1 is the limit)
 * @param relearn the latest request to learn normal operation afresh; null when there was none
 */
public record StreamStatus(
        UUID equipmentId,
        String code,
        String name,
        int tags,
        String phase,
        String context,
        int learnedSamples,
        Instant learnedFrom,
        Instant lastSample,
        boolean episodeOpen,
        double score,
        Relearn relearn) {

    static StreamStatus of(EquipmentStream stream, Relearn relearn) {
        return new StreamStatus(
                stream.equipment.id(),
                stream.equipment.code(),
                stream.equipment.name(),
                stream.tags.length,
                stream.phase().name(),
                stream.doing().name(),
                stream.learnedSamples(),
                stream.learnedFrom() == null ? null : Instant.ofEpochMilli(stream.learnedFrom()),
                stream.lastTick() == null ? null : Instant.ofEpochMilli(stream.lastTick()),
                stream.episodeOpen(),
                stream.lastScore(),
                relearn);
    }
}
