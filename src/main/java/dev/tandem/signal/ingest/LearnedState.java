package dev.tandem.signal.ingest;

import java.util.List;
import java.util.UUID;

/**
 * What one equipment's stream has learned and where its episode stands, as stored between runs.
 *
 * @param tagIds the stream's tags in order: a state learned on other tags is not restored
 * @param version the detector's state version ({@code SignalDetector.stateVersion}): a state learned under other
 *     settings is not restored either
 * @param learnedFrom the start of the normal window, in epoch ms
 * @param lastSample the latest sample the detector judged, in epoch ms
 * @param lastRangeTrip the latest sample out of a tag's expected range while that episode is open, in epoch ms
 * @param detector the detector's snapshot
 */
record LearnedState(
        UUID equipmentId,
        List<UUID> tagIds,
        String version,
        long learnedFrom,
        long lastSample,
        boolean episodeOpen,
        boolean rangeOpen,
        long lastRangeTrip,
        byte[] detector) {

    LearnedState {
        tagIds = List.copyOf(tagIds);
    }
}
