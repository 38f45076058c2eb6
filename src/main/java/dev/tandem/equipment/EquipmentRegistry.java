package dev.tandem.equipment;

import dev.tandem.equipment.access.EquipmentAccess;
import dev.tandem.history.AuditedRecords;
import dev.tandem.history.CreateRule;
import dev.tandem.history.Created;
import dev.tandem.history.History;
import dev.tandem.history.ReadRule;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The equipment registry. Everyone signed in reads it; administrators, the safety department and the owner
 * company's line managers keep it. Every change lands in the history.
 */
@Service
@Transactional
public class EquipmentRegistry {

    private final EquipmentUnits units;
    private final AuditedRecords<Equipment> records;
    private final PlantStructure plant;

    EquipmentRegistry(EquipmentUnits units, History history, PlantStructure plant) {
        this.units = units;
        this.records = history.auditing(units, ReadRule.everyone());
        this.plant = plant;
    }

    @Transactional(readOnly = true)
    public Equipment equipment(UUID id) {
        return units.findById(id).orElseThrow(() -> new NotFoundException("Equipment", id));
    }

    /** Equipment that is in use (not voided), for records that name the machine involved. */
    @Transactional(readOnly = true)
    public Optional<Equipment> currentEquipment(UUID id) {
        return id == null ? Optional.empty() : units.findById(id).filter(equipment -> !equipment.isVoided());
    }

    /** Registers equipment; a repeated request with the same id returns the stored record. */
    public Created<Equipment> register(UUID id, RegisterEquipment command, Viewer viewer) {
        EquipmentAccess.requireKeeper(viewer);
        return records.create(
                id,
                CreateRule.checkedBefore(),
                newId -> {
                    checkPlace(newId, command);
                    return Equipment.of(newId, command);
                },
                viewer);
    }

    public Equipment update(UUID id, Precondition precondition, RegisterEquipment command, Viewer viewer) {
        EquipmentAccess.requireKeeper(viewer);
        var current = equipment(id);
        checkPlace(id, command);
        return records.change(current, precondition, equipment -> equipment.apply(command), viewer);
    }

    public Equipment voidEquipment(UUID id, String reason, Viewer viewer) {
        EquipmentAccess.requireKeeper(viewer);
        return records.voidRecord(equipment(id), reason, viewer);
    }

    /** The time zone of the machine's site: its dispatch times are read and shown in it. */
    @Transactional(readOnly = true)
    public ZoneId zone(Equipment equipment) {
        return ZoneId.of(plant.site(equipment.siteId()).timeZone());
    }

    private void checkPlace(UUID id, RegisterEquipment command) {
        if (plant.currentSite(command.siteId()).isEmpty()) {
            throw new InvalidRequestException("siteId", "rule.noSuchSite");
        }
        var area = plant.currentArea(command.areaId());
        if (area.isEmpty() || !area.get().siteId().equals(command.siteId())) {
            throw new InvalidRequestException("areaId", "rule.noSuchArea");
        }
        if (units.codeTaken(command.siteId(), command.code().trim(), id)) {
            throw new InvalidRequestException(
                    "code", "equipment.rule.codeTaken", command.code().trim());
        }
    }
}
