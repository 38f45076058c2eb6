package dev.tandem.equipment;

import static dev.tandem.shared.Role.ADMIN;
import static dev.tandem.shared.Role.HSE_SPECIALIST;
import static dev.tandem.shared.Role.LINE_MANAGER;

import dev.tandem.history.AuditedRecords;
import dev.tandem.history.History;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
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
        this.records = history.auditing(units);
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
    public Equipment register(UUID id, EquipmentForm form, Viewer viewer) {
        requireKeeper(viewer);
        checkPlace(form);
        return records.create(id, newId -> Equipment.of(newId, form), viewer);
    }

    public Equipment update(UUID id, Precondition precondition, EquipmentForm form, Viewer viewer) {
        requireKeeper(viewer);
        checkPlace(form);
        return records.change(equipment(id), precondition, equipment -> equipment.apply(form), viewer);
    }

    public Equipment voidEquipment(UUID id, String reason, Viewer viewer) {
        requireKeeper(viewer);
        return records.voidRecord(equipment(id), reason, viewer);
    }

    private static void requireKeeper(Viewer viewer) {
        viewer.requireRole(ADMIN, HSE_SPECIALIST, LINE_MANAGER);
        if (viewer.scopeOrganisation() != null) {
            throw new AccessDeniedException("the equipment registry is kept by the owner company");
        }
    }

    private void checkPlace(EquipmentForm form) {
        if (plant.currentSite(form.siteId()).isEmpty()) {
            throw new InvalidRequestException("siteId", "rule.noSuchSite");
        }
        var area = plant.currentArea(form.areaId());
        if (area.isEmpty() || !area.get().siteId().equals(form.siteId())) {
            throw new InvalidRequestException("areaId", "rule.noSuchArea");
        }
    }
}
