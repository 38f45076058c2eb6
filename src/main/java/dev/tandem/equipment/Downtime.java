package dev.tandem.equipment;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A period a machine was down for one reason: from a DOWN change to the next change that is not DOWN for the same
 * reason. Its id is the id of the change that opened it and does not change when later changes are recorded, so
 * other records (an investigation) may refer to it.
 *
 * @param endedAt null while the machine is still down
 * @param durationSeconds until the end, or until now while open
 * @param withdrawn whether a later correction took it away (the change that opened it was voided, or an earlier DOWN
 *     for the same reason now covers it); withdrawn downtimes count nowhere
 */
public record Downtime(
        UUID id,
        UUID equipmentId,
        String equipmentCode,
        String equipmentName,
        UUID siteId,
        UUID areaId,
        Instant startedAt,
        Instant endedAt,
        DowntimeReason reason,
        boolean planned,
        String note,
        long durationSeconds,
        boolean withdrawn) {

    public boolean open() {
        return endedAt == null;
    }

    public Duration duration() {
        return Duration.ofSeconds(durationSeconds);
    }
}
