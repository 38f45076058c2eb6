package dev.tandem.organisation;

import dev.tandem.history.Recorded;
import dev.tandem.history.Voidable;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A territory inside a site (a shop, a unit, a yard). Its owner is the line manager who mentors the contractors
 * working there.
 */
public class Area extends Voidable {

    @Id
    private final UUID id;

    private UUID siteId;
    private String code;
    private String name;
    private UUID ownerId;
    private String description;

    @Version
    private Long version;

    @PersistenceCreator
    Area(UUID id, UUID siteId, String code, String name, UUID ownerId, String description, Long version) {
        this.id = id;
        this.siteId = siteId;
        this.code = code;
        this.name = name;
        this.ownerId = ownerId;
        this.description = description;
        this.version = version;
    }

    static Area of(UUID id, DefineArea command) {
        var area = new Area(id, null, null, null, null, null, null);
        area.apply(command);
        return area;
    }

    void apply(DefineArea command) {
        this.siteId = command.siteId();
        this.code = command.code().trim();
        this.name = command.name().trim();
        this.ownerId = command.ownerId();
        this.description = Text.orNull(command.description());
    }

    @Override
    public String recordType() {
        return "area";
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

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public UUID ownerId() {
        return ownerId;
    }

    public String description() {
        return description;
    }

    @Override
    public Map<String, Object> snapshot() {
        return Recorded.fields(
                "siteId", siteId, "code", code, "name", name, "ownerId", ownerId, "description", description);
    }
}
