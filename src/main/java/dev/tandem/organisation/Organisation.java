package dev.tandem.organisation;

import dev.tandem.history.Recorded;
import dev.tandem.history.Voidable;
import dev.tandem.organisation.kinds.OrganisationKind;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Viewer;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** The owner company or a contractor; people belong to exactly one. */
public class Organisation extends Voidable {

    @Id
    private final UUID id;

    private String name;
    private final OrganisationKind kind;
    private OrganisationStatus status;
    private String statusReason;
    private String taxNumber;
    private String contactEmail;
    private String contactPhone;

    @Version
    private Long version;

    @PersistenceCreator
    Organisation(
            UUID id,
            String name,
            OrganisationKind kind,
            OrganisationStatus status,
            String statusReason,
            String taxNumber,
            String contactEmail,
            String contactPhone,
            Long version) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.status = status;
        this.statusReason = statusReason;
        this.taxNumber = taxNumber;
        this.contactEmail = contactEmail;
        this.contactPhone = contactPhone;
        this.version = version;
    }

    static Organisation owner(UUID id, RegisterOrganisation command) {
        var owner = new Organisation(
                id, null, OrganisationKind.OWNER, OrganisationStatus.ACTIVE, null, null, null, null, null);
        owner.applyDetails(command);
        return owner;
    }

    static Organisation contractor(UUID id, RegisterOrganisation command) {
        var status = command.status() == null ? OrganisationStatus.PROSPECTIVE : command.status();
        var contractor = new Organisation(id, null, OrganisationKind.CONTRACTOR, status, null, null, null, null, null);
        contractor.applyDetails(command);
        return contractor;
    }

    void apply(RegisterOrganisation command) {
        applyDetails(command);
        if (command.status() != null && command.status() != status) {
            moveTo(command.status(), command.statusReason());
        }
    }

    private void applyDetails(RegisterOrganisation command) {
        this.name = command.name().trim();
        this.taxNumber = Text.orNull(command.taxNumber());
        this.contactEmail = Text.orNull(command.contactEmail());
        this.contactPhone = Text.orNull(command.contactPhone());
    }

    void reachAt(OrganisationContacts contacts) {
        this.contactEmail = Text.orNull(contacts.contactEmail());
        this.contactPhone = Text.orNull(contacts.contactPhone());
    }

    /** Moves a contractor to the next status of its lifecycle; every change says why, and the history keeps it. */
    void moveTo(OrganisationStatus next, String reason) {
        if (kind == OrganisationKind.OWNER) {
            throw new InvalidRequestException("status", "rule.ownerAlwaysActive");
        }
        if (next == null || !status.next().contains(next)) {
            throw new InvalidRequestException(
                    "status", "rule.statusTransition", label(status), next == null ? "" : label(next));
        }
        var why = Text.orNull(reason);
        if (why == null) {
            throw new InvalidRequestException("statusReason", "rule.statusReasonRequired");
        }
        this.status = next;
        this.statusReason = why;
    }

    private static DefaultMessageSourceResolvable label(OrganisationStatus status) {
        return new DefaultMessageSourceResolvable("organisation.status." + status);
    }

    @Override
    public void voidBecause(String reason, Viewer by, Instant at) {
        if (kind == OrganisationKind.OWNER) {
            throw new InvalidRequestException("reason", "rule.ownerNotVoided");
        }
        super.voidBecause(reason, by, at);
        registerEvent(new OrganisationVoided(id));
    }

    @Override
    public String recordType() {
        return "organisation";
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public Long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public OrganisationKind kind() {
        return kind;
    }

    public boolean isContractor() {
        return kind == OrganisationKind.CONTRACTOR;
    }

    public OrganisationStatus status() {
        return status;
    }

    /** The statuses a form offers: the current one and those the contractor may move to. */
    public List<OrganisationStatus> statusChoices() {
        return Arrays.stream(OrganisationStatus.values())
                .filter(choice -> choice == status || status.next().contains(choice))
                .toList();
    }

    /** Why the contractor was moved to its current status; null while it is in the one it was registered in. */
    public String statusReason() {
        return statusReason;
    }

    public String taxNumber() {
        return taxNumber;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String contactPhone() {
        return contactPhone;
    }

    @Override
    public Map<String, Object> snapshot() {
        return Recorded.fields(
                "name", name,
                "kind", kind,
                "status", status,
                "statusReason", statusReason,
                "taxNumber", taxNumber,
                "contactEmail", contactEmail,
                "contactPhone", contactPhone);
    }
}
