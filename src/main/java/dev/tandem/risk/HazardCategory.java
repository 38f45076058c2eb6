package dev.tandem.risk;

import dev.tandem.history.Recorded;
import dev.tandem.history.Voidable;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A category of the hazard taxonomy the safety department keeps, named in English and Russian. */
@Table("hazard_category")
public class HazardCategory extends Voidable {

    @Id
    private final UUID id;

    private String code;
    private String nameEn;
    private String nameRu;

    @Version
    private Long version;

    @PersistenceCreator
    HazardCategory(UUID id, String code, String nameEn, String nameRu, Long version) {
        this.id = id;
        this.code = code;
        this.nameEn = nameEn;
        this.nameRu = nameRu;
        this.version = version;
    }

    static HazardCategory defined(UUID id, DefineHazardCategory command) {
        var category = new HazardCategory(id, null, null, null, null);
        category.apply(command);
        return category;
    }

    void apply(DefineHazardCategory command) {
        code = command.code().strip().toUpperCase(Locale.ROOT);
        nameEn = command.nameEn().strip();
        nameRu = command.nameRu().strip();
    }

    public String name(Locale locale) {
        return "ru".equals(locale.getLanguage()) ? nameRu : nameEn;
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

    public String code() {
        return code;
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameRu() {
        return nameRu;
    }

    @Override
    public Map<String, Object> snapshot() {
        return Recorded.fields("code", code, "nameEn", nameEn, "nameRu", nameRu);
    }
}
