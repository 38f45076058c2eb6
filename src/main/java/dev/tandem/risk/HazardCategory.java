package dev.tandem.risk;

import dev.tandem.history.CatalogueEntry;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A category of the hazard taxonomy the safety department keeps, named in English and Russian. */
@Table("hazard_category")
public class HazardCategory extends CatalogueEntry {

    @Id
    private final UUID id;

    @Version
    private Long version;

    @PersistenceCreator
    HazardCategory(UUID id, String code, String nameEn, String nameRu, Long version) {
        super(code, nameEn, nameRu);
        this.id = id;
        this.version = version;
    }

    static HazardCategory defined(UUID id, DefineHazardCategory command) {
        var category = new HazardCategory(id, null, null, null, null);
        category.apply(command);
        return category;
    }

    void apply(DefineHazardCategory command) {
        name(command.code(), command.nameEn(), command.nameRu());
    }

    @Override
    public String recordType() {
        return "hazard-category";
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public Long version() {
        return version;
    }

    @Override
    public Map<String, Object> snapshot() {
        return snapshotWith();
    }
}
