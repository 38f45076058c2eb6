package dev.tandem.equipment;

import dev.tandem.history.Recorded;
import dev.tandem.history.Voidable;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** A machine or installation in an area of a site, known by its plant code (asset number). */
public class Equipment extends Voidable {

    @Id
    private final UUID id;

    private UUID siteId;
    private UUID areaId;
    private String code;
    private String name;
    private EquipmentType type;
    private Criticality criticality;
    private String description;

    @Version
    private Long version;

    @PersistenceCreator
    Equipment(
            UUID id,
            UUID siteId,
            UUID areaId,
            String code,
            String name,
            EquipmentType type,
            Criticality criticality,
            String description,
            Long version) {
        this.id = id;
        this.siteId = siteId;
        this.areaId = areaId;
        this.code = code;
        this.name = name;
        this.type = type;
        this.criticality = criticality;
        this.description = description;
        this.version = version;
    }

    static Equipment of(UUID id, RegisterEquipment command) {
        var equipment = new Equipment(id, null, null, null, null, null, null, null, null);
        equipment.apply(command);
        return equipment;
    }

    void apply(RegisterEquipment command) {
        this.siteId = command.siteId();
        this.areaId = command.areaId();
        this.code = command.code().trim();
        this.name = command.name().trim();
        this.type = command.type();
        this.criticality = command.criticality();
        this.description =
                command.description() == null || command.description().isBlank()
                        ? null
                        : command.description().trim();
    }

    @Override
    public String recordType() {
        return "equipment";
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public Long version() {
        return version;
    }

    public UUID siteId() {
        return siteId;
    }

    public UUID areaId() {
        return areaId;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public EquipmentType type() {
        return type;
    }

    public Criticality criticality() {
        return criticality;
    }

    public String description() {
        return description;
    }

    @Override
    public Map<String, Object> snapshot() {
        return Recorded.fields(
                "siteId", siteId,
                "areaId", areaId,
                "code", code,
                "name", name,
                "type", type,
                "criticality", criticality,
                "description", description);
    }
}
