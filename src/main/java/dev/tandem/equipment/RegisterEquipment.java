package dev.tandem.equipment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** A piece of equipment as it is entered; the area must lie on the site. */
public record RegisterEquipment(
        @NotNull UUID siteId,
        @NotNull UUID areaId,
        @NotBlank @Size(max = 40) String code,
        @NotBlank @Size(max = 200) String name,
        @NotNull EquipmentType type,
        @NotNull Criticality criticality,
        @Size(max = 2000) String description) {

    public static RegisterEquipment of(Equipment equipment) {
        return new RegisterEquipment(
                equipment.siteId(),
                equipment.areaId(),
                equipment.code(),
                equipment.name(),
                equipment.type(),
                equipment.criticality(),
                equipment.description());
    }
}
