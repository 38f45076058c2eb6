package dev.tandem.equipment.listing;

import dev.tandem.equipment.Criticality;
import dev.tandem.equipment.EquipmentState;
import dev.tandem.equipment.EquipmentType;
import java.util.UUID;

/**
 * Which equipment a list selects; what is left out (null) does not filter.
 *
 * @param q a search in the code and the name
 * @param state the state the machine is in now
 * @param voided voided equipment as well
 */
public record EquipmentFilter(
        String q,
        UUID siteId,
        UUID areaId,
        EquipmentType type,
        Criticality criticality,
        EquipmentState state,
        Boolean voided) {

    public static EquipmentFilter none() {
        return new EquipmentFilter(null, null, null, null, null, null, null);
    }
}
