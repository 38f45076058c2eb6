package dev.tandem.organisation;

import dev.tandem.history.Recorded;
import dev.tandem.history.Voidable;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** A plant of the enterprise, in its own time zone. */
public class Site extends Voidable {

    @Id
    private final UUID id;

    private String code;
    private String name;
    private String timeZone;
    private String address;
    private UUID hseLeadId;

    @Version
    private Long version;

    @PersistenceCreator
    Site(UUID id, String code, String name, String timeZone, String address, UUID hseLeadId, Long version) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.timeZone = timeZone;
        this.address = address;
        this.hseLeadId = hseLeadId;
        this.version = version;
    }

    static Site of(UUID id, DefineSite command) {
        var site = new Site(id, null, null, null, null, null, null);
        site.apply(command);
        return site;
    }

    void apply(DefineSite command) {
        this.code = command.code().trim();
        this.name = command.name().trim();
        this.timeZone = command.timeZone();
        this.address = Text.orNull(command.address());
        this.hseLeadId = command.hseLeadId();
    }

    @Override
    public String recordType() {
        return "site";
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

    public String name() {
        return name;
    }

    public String timeZone() {
        return timeZone;
    }

    public String address() {
        return address;
    }

    /** The person of the owner company who leads the site's safety department; null when the site names none. */
    public UUID hseLeadId() {
        return hseLeadId;
    }

    @Override
    public Map<String, Object> snapshot() {
        return Recorded.fields(
                "code", code, "name", name, "timeZone", timeZone, "address", address, "hseLeadId", hseLeadId);
    }
}
