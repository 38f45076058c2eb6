package dev.tandem.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A signal detector found an early warning on one equipment. The detecting module publishes it in the transaction
 * that stores what fired, through the event publication registry; this module turns it into an EARLY_WARNING safety
 * event ({@link EarlyWarnings}). Declared here, at the end of the arrow, because the signal module reads events
 * (their tallies, the viewer's scope) and so may not be read by this one.
 *
 * @param id chosen by the detector, so that a warning recorded twice is stored once
 * @param occurredAt when the episode began (the time of the sample that opened it)
 * @param signals the signals that contributed, the largest share first
 */
public record EarlyWarningDetected(
        UUID id,
        UUID equipmentId,
        UUID siteId,
        UUID areaId,
        Instant occurredAt,
        String description,
        List<ContributingSignal> signals) {

    public EarlyWarningDetected {
        signals = List.copyOf(signals);
    }
}
