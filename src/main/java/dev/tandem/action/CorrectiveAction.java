package dev.tandem.action;

import dev.tandem.history.KeptOutOfHistory;
import dev.tandem.history.Recorded;
import dev.tandem.history.Voidable;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Viewer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Something to put right, with one owner, a responsible organisation and a due date. It moves OPEN → IN_PROGRESS →
 * DONE → VERIFIED, where the verifier is someone other than the owner; a failed verification sends it back to
 * IN_PROGRESS. Whether it is overdue is derived from the due date, never stored. The reminder marks are written by
 * the reminder job alone and are not part of the aggregate, so saving an action never undoes a reminder.
 */
@Table("corrective_action")
public class CorrectiveAction extends Voidable {

    @Id
    private final UUID id;

    private String title;
    private String description;
    private final SourceType sourceType;
    private final UUID sourceId;
    private final String sourceCategory;
    private final UUID siteId;
    private UUID ownerPersonId;
    private UUID responsibleOrganisationId;
    private LocalDate dueDate;
    private ActionPriority priority;
    private ActionStatus status;

    @KeptOutOfHistory("the time of the history's CREATED entry")
    private final Instant createdAt;

    private Instant doneAt;
    private String completionNote;
    private Instant verifiedAt;
    private UUID verifiedBy;
    private String verificationNote;

    @Version
    private Long version;

    @PersistenceCreator
    CorrectiveAction(
            UUID id,
            String title,
            String description,
            SourceType sourceType,
            UUID sourceId,
            String sourceCategory,
            UUID siteId,
            UUID ownerPersonId,
            UUID responsibleOrganisationId,
            LocalDate dueDate,
            ActionPriority priority,
            ActionStatus status,
            Instant createdAt,
            Instant doneAt,
            String completionNote,
            Instant verifiedAt,
            UUID verifiedBy,
            String verificationNote,
            Long version) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.sourceType = sourceType;
        this.sourceId = sourceId;
        this.sourceCategory = sourceCategory;
        this.siteId = siteId;
        this.ownerPersonId = ownerPersonId;
        this.responsibleOrganisationId = responsibleOrganisationId;
        this.dueDate = dueDate;
        this.priority = priority;
        this.status = status;
        this.createdAt = createdAt;
        this.doneAt = doneAt;
        this.completionNote = completionNote;
        this.verifiedAt = verifiedAt;
        this.verifiedBy = verifiedBy;
        this.verificationNote = verificationNote;
        this.version = version;
    }

    /** A new action, OPEN; where it comes from was checked by the caller. */
    static CorrectiveAction raised(UUID id, RaiseAction raise, Origin origin, Instant now) {
        return new CorrectiveAction(id, raise, origin, now);
    }

    private CorrectiveAction(UUID id, RaiseAction raise, Origin origin, Instant now) {
        this.id = id;
        this.title = raise.title().trim();
        this.description = blankToNull(raise.description());
        this.sourceType = raise.sourceType();
        this.sourceId = origin.sourceId();
        this.sourceCategory = origin.category();
        this.siteId = origin.siteId();
        this.ownerPersonId = raise.ownerPersonId();
        this.responsibleOrganisationId = origin.responsibleOrganisationId();
        this.dueDate = raise.dueDate();
        this.priority = raise.priority();
        this.status = ActionStatus.OPEN;
        this.createdAt = now;
        registerEvent(new ActionRaised(
                id,
                sourceType,
                sourceId,
                sourceCategory,
                siteId,
                responsibleOrganisationId,
                ownerPersonId,
                dueDate,
                priority));
    }

    /** Where an action comes from, checked: its source, the site and the organisation responsible. */
    public record Origin(UUID sourceId, String category, UUID siteId, UUID responsibleOrganisationId) {}

    void start(Instant at) {
        requireStatus(ActionStatus.OPEN);
        status = ActionStatus.IN_PROGRESS;
        progressed(at);
    }

    /** The work is done; the note says what was done, for the verifier. */
    void complete(String note, Instant at) {
        requireStatus(ActionStatus.IN_PROGRESS);
        if (note == null || note.isBlank()) {
            throw new InvalidRequestException("note", "rule.completionNoteRequired");
        }
        status = ActionStatus.DONE;
        doneAt = at;
        completionNote = note.trim();
        progressed(at);
    }

    /** Four eyes: the verifier is a person, and not the owner. */
    void verify(UUID verifierPersonId, Instant at) {
        requireStatus(ActionStatus.DONE);
        if (verifierPersonId == null) {
            throw new InvalidRequestException("verifiedBy", "rule.verifierNotAPerson");
        }
        if (verifierPersonId.equals(ownerPersonId)) {
            throw new InvalidRequestException("verifiedBy", "rule.verifierIsOwner");
        }
        status = ActionStatus.VERIFIED;
        verifiedAt = at;
        verifiedBy = verifierPersonId;
        progressed(at);
    }

    /** The verifier found the work not done: back to IN_PROGRESS, with the reason kept. */
    void reopen(String reason, Instant at) {
        requireStatus(ActionStatus.DONE);
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "rule.reopenReasonRequired");
        }
        status = ActionStatus.IN_PROGRESS;
        doneAt = null;
        verificationNote = reason.trim();
        progressed(at);
    }

    /** A planner's change; a verified action is finished and stays as it was verified. */
    void revise(ReviseAction revision) {
        if (status == ActionStatus.VERIFIED) {
            throw new InvalidRequestException("status", "rule.actionVerified");
        }
        title = revision.title().trim();
        description = blankToNull(revision.description());
        ownerPersonId = revision.ownerPersonId();
        responsibleOrganisationId = revision.responsibleOrganisationId();
        dueDate = revision.dueDate();
        priority = revision.priority();
        revised();
    }

    @Override
    public void voidBecause(String reason, Viewer by, Instant at) {
        super.voidBecause(reason, by, at);
        revised();
    }

    private void progressed(Instant at) {
        registerEvent(new ActionProgressed(id, status, siteId, responsibleOrganisationId, sourceCategory, at));
    }

    private void revised() {
        registerEvent(new ActionRevised(id, status, siteId, responsibleOrganisationId, dueDate, isVoided()));
    }

    public boolean isOwnedBy(UUID personId) {
        return personId != null && personId.equals(ownerPersonId);
    }

    private void requireStatus(ActionStatus expected) {
        if (isVoided()) {
            throw new InvalidRequestException("record", "rule.voidedUnchangeable");
        }
        if (status != expected) {
            throw new InvalidRequestException("status", "rule.actionStatus", status);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    @Override
    public String recordType() {
        return "corrective-action";
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public Long version() {
        return version;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public SourceType sourceType() {
        return sourceType;
    }

    public UUID sourceId() {
        return sourceId;
    }

    /** What the source was, such as the event type {@code VIOLATION}. */
    public String sourceCategory() {
        return sourceCategory;
    }

    public UUID siteId() {
        return siteId;
    }

    public UUID ownerPersonId() {
        return ownerPersonId;
    }

    public UUID responsibleOrganisationId() {
        return responsibleOrganisationId;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public ActionPriority priority() {
        return priority;
    }

    public ActionStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant doneAt() {
        return doneAt;
    }

    public String completionNote() {
        return completionNote;
    }

    public Instant verifiedAt() {
        return verifiedAt;
    }

    /** The person who verified it. */
    public UUID verifiedBy() {
        return verifiedBy;
    }

    /** Why the last verification failed. */
    public String verificationNote() {
        return verificationNote;
    }

    @Override
    public Map<String, Object> snapshot() {
        return Recorded.fields(
                "title", title,
                "description", description,
                "sourceType", sourceType,
                "sourceId", sourceId,
                "sourceCategory", sourceCategory,
                "siteId", siteId,
                "ownerPersonId", ownerPersonId,
                "responsibleOrganisationId", responsibleOrganisationId,
                "dueDate", dueDate,
                "priority", priority,
                "status", status,
                "doneAt", doneAt,
                "completionNote", completionNote,
                "verifiedAt", verifiedAt,
                "verifiedBy", verifiedBy,
                "verificationNote", verificationNote);
    }
}
