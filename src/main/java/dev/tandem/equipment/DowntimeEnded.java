package dev.tandem.equipment;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;

/** A downtime ended: the machine runs, idles, or is down for another reason from {@code endedAt} on. */
@DomainEvent
public record DowntimeEnded(
        UUID downtimeId,
        UUID equipmentId,
        UUID siteId,
        UUID areaId,
        Instant startedAt,
        Instant endedAt,
        DowntimeReason reason,
        boolean planned) {

    public Duration duration() {
        return Duration.between(startedAt, endedAt);
    }
}
