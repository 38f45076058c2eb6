package dev.tandem.equipment;

import java.time.Instant;
import java.util.UUID;

/** One current state change in a machine's timeline, as the downtime and reliability arithmetic needs it. */
record Moment(UUID id, Instant at, EquipmentState state, DowntimeReason reason, String note) {

    boolean down() {
        return state == EquipmentState.DOWN;
    }
}
