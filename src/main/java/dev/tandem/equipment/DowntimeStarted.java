package dev.tandem.equipment;

import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;

/** A machine went down: a downtime appeared in its timeline (possibly learnt late, from an upload). */
@DomainEvent
public record DowntimeStarted(
        UUID downtimeId,
        UUID equipmentId,
        UUID siteId,
        UUID areaId,
        Instant startedAt,
        DowntimeReason reason,
        boolean planned) {}
