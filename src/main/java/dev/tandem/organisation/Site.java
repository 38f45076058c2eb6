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

    @Version
    private Long version;

    @PersistenceCreator
    Site(UUID id, String code, String name, String timeZone, String address, Long version) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.timeZone = timeZone;
        this.address = address;
        this.version = version;
    }

    static Site of(UUID id, SiteForm form) {
        var site = new Site(id, null, null, null, null, null);
        site.apply(form);
        return site;
    }

    void apply(SiteForm form) {
        this.code = form.code().trim();
        this.name = form.name().trim();
        this.timeZone = form.timeZone();
        this.address = Text.orNull(form.address());
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

    @Override
    public Map<String, Object> snapshot() {
        return Recorded.fields("code", code, "name", name, "timeZone", timeZone, "address", address);
    }
}
