package dev.tandem.organisation;

import dev.tandem.history.Recorded;
import dev.tandem.history.Voidable;
import dev.tandem.shared.Viewer;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** Someone who works on site, for the owner company or for a contractor. */
public class Person extends Voidable {

    @Id
    private final UUID id;

    private UUID organisationId;
    private String fullName;
    private String position;
    private UUID siteId;
    private UUID areaId;
    private String email;
    private String phone;
    private String personnelNumber;

    @Version
    private Long version;

    @PersistenceCreator
    Person(
            UUID id,
            UUID organisationId,
            String fullName,
            String position,
            UUID siteId,
            UUID areaId,
            String email,
            String phone,
            String personnelNumber,
            Long version) {
        this.id = id;
        this.organisationId = organisationId;
        this.fullName = fullName;
        this.position = position;
        this.siteId = siteId;
        this.areaId = areaId;
        this.email = email;
        this.phone = phone;
        this.personnelNumber = personnelNumber;
        this.version = version;
    }

    static Person of(UUID id, RegisterPerson command) {
        var person = new Person(id, null, null, null, null, null, null, null, null, null);
        person.apply(command);
        return person;
    }

    /** Revises the person's details; who signed in as them sees the change at once. */
    void revise(RegisterPerson command) {
        apply(command);
        registerEvent(new PersonChanged(id));
    }

    @Override
    public void voidBecause(String reason, Viewer by, Instant at) {
        super.voidBecause(reason, by, at);
        registerEvent(new PersonChanged(id));
    }

    private void apply(RegisterPerson command) {
        this.organisationId = command.organisationId();
        this.fullName = command.fullName().trim();
        this.position = Text.orNull(command.position());
        this.siteId = command.siteId();
        this.areaId = command.areaId();
        this.email = Text.orNull(command.email());
        this.phone = Text.orNull(command.phone());
        this.personnelNumber = Text.orNull(command.personnelNumber());
    }

    @Override
    public String recordType() {
        return "person";
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public Long version() {
        return version;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public String fullName() {
        return fullName;
    }

    public String position() {
        return position;
    }

    public UUID siteId() {
        return siteId;
    }

    /** The area the person works in, on their site: its owner is their line manager. */
    public UUID areaId() {
        return areaId;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    /** Their number in their organisation's books, unique within it; null when not given. */
    public String personnelNumber() {
        return personnelNumber;
    }

    @Override
    public Map<String, Object> snapshot() {
        return Recorded.fields(
                "organisationId", organisationId,
                "fullName", fullName,
                "position", position,
                "siteId", siteId,
                "areaId", areaId,
                "email", email,
                "phone", phone,
                "personnelNumber", personnelNumber);
    }
}
