package dev.tandem.equipment.reliability;

import dev.tandem.equipment.DowntimeReason;
import dev.tandem.equipment.EquipmentState;
import java.time.Instant;
import java.util.UUID;

/** One current state change in a machine's timeline, as the downtime and reliability arithmetic needs it. */
public record Moment(UUID id, Instant at, EquipmentState state, DowntimeReason reason, String note) {

    boolean down() {
        return state == EquipmentState.DOWN;
    }
}
