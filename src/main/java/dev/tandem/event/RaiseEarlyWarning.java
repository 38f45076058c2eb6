package dev.tandem.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An early warning a signal detector raises on one equipment.
 *
 * @param id chosen by the detector, so that a warning recorded twice is stored once
 * @param occurredAt when the episode began (the time of the sample that opened it)
 * @param signals the signals that contributed, the largest share first
 */
public record RaiseEarlyWarning(
        UUID id,
        UUID equipmentId,
        UUID siteId,
        UUID areaId,
        Instant occurredAt,
        String description,
        List<ContributingSignal> signals) {

    public RaiseEarlyWarning {
        signals = List.copyOf(signals);
    }
}
