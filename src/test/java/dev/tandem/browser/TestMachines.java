package dev.tandem.browser;

import dev.tandem.equipment.Criticality;
import dev.tandem.equipment.Equipment;
import dev.tandem.equipment.EquipmentRegistry;
import dev.tandem.equipment.EquipmentType;
import dev.tandem.equipment.RegisterEquipment;
import dev.tandem.shared.Viewer;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A new machine of high criticality in one of the demo plant's areas, with a code of its own, for a journey on it. */
final class TestMachines {

    private TestMachines() {}

    static Equipment register(
            JdbcClient jdbc, EquipmentRegistry registry, String areaCode, String name, EquipmentType type) {
        var place = jdbc.sql("select site_id, id from area where code = :code")
                .param("code", areaCode)
                .query((rs, row) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .single();
        var code = type.name().charAt(0) + "-" + UUID.randomUUID().toString().substring(0, 6);
        return registry.register(
                        null,
                        new RegisterEquipment(place[0], place[1], code, name, type, Criticality.HIGH, null),
                        Viewer.system())
                .record();
    }
}
