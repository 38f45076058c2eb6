package dev.tandem.equipment;

import java.time.Instant;
import java.util.UUID;

/**
 * Which downtimes a list selects; what is left out (null) does not filter.
 *
 * @param from with {@code to}: downtimes that overlap the time from {@code from} up to {@code to}
 * @param open only those still going on (true) or only ended ones (false)
 * @param withdrawn withdrawn ones as well
 */
public record DowntimeFilter(
        UUID equipmentId,
        UUID siteId,
        UUID areaId,
        DowntimeReason reason,
        Boolean planned,
        Boolean open,
        Instant from,
        Instant to,
        Boolean withdrawn) {

    public static DowntimeFilter ofEquipment(UUID equipmentId, Instant from, Instant to) {
        return new DowntimeFilter(equipmentId, null, null, null, null, null, from, to, null);
    }
}
