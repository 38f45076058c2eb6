package dev.tandem.signal;

import static dev.tandem.shared.Role.ADMIN;
import static dev.tandem.shared.Role.HSE_SPECIALIST;
import static dev.tandem.shared.Role.LINE_MANAGER;

import dev.tandem.equipment.Equipment;
import dev.tandem.equipment.EquipmentRegistry;
import dev.tandem.history.AuditedRecords;
import dev.tandem.history.CreateRule;
import dev.tandem.history.Created;
import dev.tandem.history.History;
import dev.tandem.history.ReadRule;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import dev.tandem.signal.tags.Tag;
import dev.tandem.signal.tags.Tags;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tags of each equipment. Everyone signed in reads them; the keepers of the equipment registry
 * (administrators, the safety department, the owner company's line managers) keep them. Every change lands in the
 * history, and the equipment's signal stream starts over with the new set of tags.
 */
@Service
@Transactional
public class TagRegister {

    /** Who keeps tags: the owner company's administrators, safety department and line managers. */
    private static final Role[] KEEPERS = {ADMIN, HSE_SPECIALIST, LINE_MANAGER};

    private final Tags tags;
    private final AuditedRecords<Tag> records;
    private final EquipmentRegistry equipment;

    TagRegister(Tags tags, History history, EquipmentRegistry equipment) {
        this.tags = tags;
        this.records = history.auditing(tags, ReadRule.everyone());
        this.equipment = equipment;
    }

    @Transactional(readOnly = true)
    public Tag tag(UUID id) {
        return tags.findById(id).orElseThrow(() -> new NotFoundException("Tag", id));
    }

    /** Adds a tag; a repeated request with the same id returns the stored tag. */
    public Created<Tag> register(UUID id, DefineTag command, Viewer viewer) {
        viewer.requireOwnerRole(KEEPERS);
        return records.create(
                id, CreateRule.checkedBefore(), newId -> Tag.of(newId, checked(newId, command), command), viewer);
    }

    public Tag update(UUID id, Precondition precondition, DefineTag command, Viewer viewer) {
        viewer.requireOwnerRole(KEEPERS);
        var tag = tag(id);
        if (!tag.equipmentId().equals(command.equipmentId())) {
            throw new InvalidRequestException("equipmentId", "rule.tagEquipmentFixed");
        }
        var key = checked(id, command);
        return records.change(tag, precondition, changed -> changed.apply(key, command), viewer);
    }

    public Tag voidTag(UUID id, String reason, Viewer viewer) {
        viewer.requireOwnerRole(KEEPERS);
        return records.voidRecord(tag(id), reason, viewer);
    }

    /** Whether the viewer keeps tags (the pages show their commands only then). */
    public boolean canKeep(Viewer viewer) {
        return viewer.hasOwnerRole(KEEPERS);
    }

    /** The tag's key, after checking the equipment, the range and that key and name are free. */
    private String checked(UUID id, DefineTag command) {
        Equipment unit = equipment
                .currentEquipment(command.equipmentId())
                .orElseThrow(() -> new InvalidRequestException("equipmentId", "rule.noSuchEquipment"));
        if (command.expectedMin() != null
                && command.expectedMax() != null
                && command.expectedMin() >= command.expectedMax()) {
            throw new InvalidRequestException("expectedMax", "rule.expectedRange");
        }
        var name = command.name().trim();
        var key = command.key() == null || command.key().isBlank()
                ? unit.code().replaceAll("[^\\p{L}\\p{N}._:/-]", "-") + "." + name.replace(' ', '_')
                : command.key().trim();
        if (tags.keyTaken(key, id)) {
            throw new InvalidRequestException("key", "rule.tagKeyTaken", key);
        }
        if (tags.nameTaken(command.equipmentId(), name, id)) {
            throw new InvalidRequestException("name", "rule.tagNameTaken", name);
        }
        return key;
    }
}
