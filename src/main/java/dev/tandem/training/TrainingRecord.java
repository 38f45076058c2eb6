package dev.tandem.training;

import dev.tandem.history.KeptOutOfHistory;
import dev.tandem.history.Recorded;
import dev.tandem.history.Voidable;
import dev.tandem.shared.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A person's training in a competence: when, with what result, by which trainer or provider, proven by what, and valid
 * until when. The expiry is fixed when the record is made, from the competence's period then (or as the proof gives
 * it): a period edited later applies to new records, and to this one only when recomputed on purpose.
 */
public class TrainingRecord extends Voidable {

    @Id
    private final UUID id;

    private String externalId;
    private UUID personId;
    private UUID organisationId;
    private UUID competenceId;
    private UUID sessionId;
    private LocalDate completedOn;
    private TrainingResult result;
    private String trainer;
    private String provider;
    private String evidenceReference;
    private LocalDate expiresOn;
    private boolean expiryGiven;
    private ApprovalStatus status;
    private UUID approvedBy;
    private Instant approvedAt;
    private String returnedComment;
    private int evidenceFiles;

    @KeptOutOfHistory("the time of the history's CREATED entry")
    private final Instant createdAt;

    @Version
    private Long version;

    @PersistenceCreator
    TrainingRecord(
            UUID id,
            String externalId,
            UUID personId,
            UUID organisationId,
            UUID competenceId,
            UUID sessionId,
            LocalDate completedOn,
            TrainingResult result,
            String trainer,
            String provider,
            String evidenceReference,
            LocalDate expiresOn,
            boolean expiryGiven,
            ApprovalStatus status,
            UUID approvedBy,
            Instant approvedAt,
            String returnedComment,
            int evidenceFiles,
            Instant createdAt,
            Long version) {
        this.id = id;
        this.externalId = externalId;
        this.personId = personId;
        this.organisationId = organisationId;
        this.competenceId = competenceId;
        this.sessionId = sessionId;
        this.completedOn = completedOn;
        this.result = result;
        this.trainer = trainer;
        this.provider = provider;
        this.evidenceReference = evidenceReference;
        this.expiresOn = expiresOn;
        this.expiryGiven = expiryGiven;
        this.status = status;
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
        this.returnedComment = returnedComment;
        this.evidenceFiles = evidenceFiles;
        this.createdAt = createdAt;
        this.version = version;
    }

    /**
     * A new record of checked details; approved at once when its recorder approves records, else waiting for approval.
     */
    static TrainingRecord recorded(UUID id, Checked details, UUID sessionId, Approval approval) {
        var record = new TrainingRecord(
                id,
                null,
                null,
                null,
                null,
                sessionId,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                ApprovalStatus.PENDING_APPROVAL,
                null,
                null,
                null,
                0,
                approval.at(),
                null);
        record.apply(details);
        if (approval.approved()) {
            record.approveBy(approval);
        }
        return record;
    }

    /** What a record is made of once its person and competence are checked: their organisation and period. */
    record Checked(RecordTraining details, UUID organisationId, Competence competence) {}

    /** Who records or approves, when, and whether their word is approval. */
    record Approval(UUID by, Instant at, boolean approved) {}

    /**
     * New details; the expiry follows the competence's period of today unless the details give one. A record the
     * safety department returned waits for its approval again.
     */
    void revise(Checked details) {
        apply(details);
        if (status == ApprovalStatus.RETURNED) {
            status = ApprovalStatus.PENDING_APPROVAL;
        }
    }

    private void apply(Checked checked) {
        var details = checked.details();
        externalId = trimmed(details.externalId());
        personId = details.personId();
        organisationId = checked.organisationId();
        competenceId = details.competenceId();
        completedOn = details.completedOn();
        result = details.result();
        trainer = trimmed(details.trainer());
        provider = trimmed(details.provider());
        evidenceReference = trimmed(details.evidenceReference());
        expiryGiven = details.expiresOn() != null && result == TrainingResult.PASSED;
        expiresOn = expiryGiven ? details.expiresOn() : expiryUnder(checked.competence());
    }

    /** Whether the expiry is as given, or as the competence's current period gives it: nothing to recompute. */
    boolean expiresAsPeriodGives(Competence competence) {
        return expiryGiven || java.util.Objects.equals(expiresOn, expiryUnder(competence));
    }

    /** The expiry the competence's current period gives, for a record whose expiry was not given. */
    void recomputeExpiry(Competence competence) {
        if (!expiryGiven) {
            expiresOn = expiryUnder(competence);
        }
    }

    private LocalDate expiryUnder(Competence competence) {
        return result == TrainingResult.PASSED ? competence.expiryOf(completedOn) : null;
    }

    /** The safety department accepts a record a contractor's supervisor entered. */
    void approve(Approval approval) {
        requirePending();
        approveBy(approval);
    }

    /** The safety department sends a record back to its supervisor saying what to change; it does not count. */
    void returnWith(String comment) {
        requirePending();
        var text = trimmed(comment);
        if (text == null) {
            throw new InvalidRequestException("comment", "training.rule.returnComment");
        }
        status = ApprovalStatus.RETURNED;
        returnedComment = text;
    }

    /** A file that proves the record was added to it. */
    void evidenceAdded() {
        evidenceFiles++;
    }

    private void requirePending() {
        if (status == ApprovalStatus.APPROVED) {
            throw new InvalidRequestException("status", "training.rule.alreadyApproved");
        }
        if (status == ApprovalStatus.RETURNED) {
            throw new InvalidRequestException("status", "training.rule.returned");
        }
    }

    private void approveBy(Approval approval) {
        status = ApprovalStatus.APPROVED;
        approvedBy = approval.by();
        approvedAt = approval.at();
        returnedComment = null;
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public String recordType() {
        return "training-record";
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public Long version() {
        return version;
    }

    public String externalId() {
        return externalId;
    }

    public UUID personId() {
        return personId;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public UUID competenceId() {
        return competenceId;
    }

    public UUID sessionId() {
        return sessionId;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public TrainingResult result() {
        return result;
    }

    public String trainer() {
        return trainer;
    }

    public String provider() {
        return provider;
    }

    public String evidenceReference() {
        return evidenceReference;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public boolean expiryGiven() {
        return expiryGiven;
    }

    public ApprovalStatus status() {
        return status;
    }

    public UUID approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    /** What the safety department asked to change when it returned the record; null unless it did. */
    public String returnedComment() {
        return returnedComment;
    }

    /** How many files prove the record. */
    public int evidenceFiles() {
        return evidenceFiles;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public Map<String, Object> snapshot() {
        return Recorded.fields(
                "externalId", externalId,
                "personId", personId,
                "organisationId", organisationId,
                "competenceId", competenceId,
                "sessionId", sessionId,
                "completedOn", completedOn,
                "result", result,
                "trainer", trainer,
                "provider", provider,
                "evidenceReference", evidenceReference,
                "expiresOn", expiresOn,
                "expiryGiven", expiryGiven,
                "status", status,
                "approvedBy", approvedBy,
                "approvedAt", approvedAt,
                "returnedComment", returnedComment,
                "evidenceFiles", evidenceFiles);
    }
}
