package dev.tandem.equipment.dispatch;

import dev.tandem.equipment.DowntimeReason;
import dev.tandem.equipment.EquipmentState;
import dev.tandem.equipment.StateChangeSource;
import java.time.Instant;
import java.util.UUID;

/**
 * A recorded state change of a machine.
 *
 * @param recordedByName who recorded it; left out for contractors' users, who do not see the owner's people
 */
public record StateChange(
        UUID id,
        UUID equipmentId,
        Instant at,
        EquipmentState state,
        DowntimeReason reason,
        String note,
        StateChangeSource source,
        Instant recordedAt,
        String recordedByName,
        Instant voidedAt,
        String voidedReason) {

    public boolean voided() {
        return voidedAt != null;
    }
}
