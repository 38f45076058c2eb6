package dev.tandem.audit;

import dev.tandem.audit.events.JointInspectionCompleted;
import dev.tandem.history.KeptOutOfHistory;
import dev.tandem.history.Voidable;
import dev.tandem.shared.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.modulith.NamedInterface;

/**
 * One inspection: a published version of a checklist, kept whatever the template becomes, answered on a site (an area,
 * a contractor's work) under its title page (conducted on, by). It is started ad hoc or falls due by a schedule; its
 * answers are checked against their questions as they are given; a failed item becomes a finding with an action; and
 * it is completed only when every shown question the checklist requires is answered and every note, photo and action
 * its conditions require is there. Its score is the one formula's ({@link Scoring}), kept when it is completed.
 *
 * <p>Its parts, each kept in its own columns of the inspection's row: where and by whom it is done
 * ({@link InspectionPlace}); the answers, checked by {@link InspectionRules}; the score; a joint inspection's two
 * signatures ({@link JointSignatures}); and a schedule's slot and assignee ({@link InspectionSlot}). Its history
 * reads it as {@link InspectionSnapshot} does. This class keeps its state: open, completed, voided.
 */
@Table("audit_inspection")
@NamedInterface("inspections")
public class Inspection extends Voidable {

    @Id
    private final UUID id;

    private final UUID templateId;
    private final int templateVersion;
    private final String title;

    @Embedded.Empty
    private InspectionPlace place;

    private InspectionStatus status;

    @Embedded.Empty
    private JointSignatures signatures;

    @Embedded.Empty
    private final InspectionSlot slot;

    @Embedded.Empty
    private Scoring.Score score;

    @KeptOutOfHistory("the time of the history's CREATED entry")
    private final Instant createdAt;

    private Instant completedAt;

    @KeptOutOfHistory("the author of the history's entry that completes it")
    private UUID completedBy;

    @MappedCollection(idColumn = "audit_inspection", keyColumn = "position")
    private List<InspectionAnswer> answers;

    @MappedCollection(idColumn = "audit_inspection", keyColumn = "position")
    private List<Finding> findings;

    @Version
    private Long version;

    /** As read: what is not given here (its status, signatures, score, completion, version) is read into its field. */
    @PersistenceCreator
    Inspection(
            UUID id,
            UUID templateId,
            int templateVersion,
            String title,
            InspectionPlace place,
            InspectionSlot slot,
            Instant createdAt,
            List<InspectionAnswer> answers,
            List<Finding> findings) {
        this.id = id;
        this.templateId = templateId;
        this.templateVersion = templateVersion;
        this.title = title;
        this.place = place;
        this.slot = slot == null ? InspectionSlot.NONE : slot;
        this.createdAt = createdAt;
        this.answers = new ArrayList<>(answers == null ? List.of() : answers);
        this.findings = new ArrayList<>(findings == null ? List.of() : findings);
        this.signatures = JointSignatures.NONE;
        this.score = Scoring.Score.NONE;
    }

    /** A new inspection of the version's checklist, nothing answered yet. */
    private Inspection(
            UUID id,
            TemplateVersion version,
            InspectionPlace place,
            InspectionStatus status,
            InspectionSlot slot,
            Instant now) {
        this(id, version.templateId(), version.number(), version.title(), place, slot, now, null, null);
        this.status = status;
    }

    /** Started now by someone, on the latest published version. */
    static Inspection started(UUID id, TemplateVersion version, InspectionPlace place, Instant now) {
        return new Inspection(id, version, place, InspectionStatus.IN_PROGRESS, InspectionSlot.NONE, now);
    }

    /**
     * Due by a schedule's slot, until the next slot begins, for a role or a person.
     *
     * @param place where the schedule has it done, its title page empty
     */
    static Inspection due(
            UUID id,
            TemplateVersion version,
            InspectionPlace place,
            InspectionSchedule schedule,
            Instant slot,
            Instant due,
            Instant now) {
        return new Inspection(id, version, place, InspectionStatus.DUE, InspectionSlot.of(schedule, slot, due), now);
    }

    /**
     * Takes answers and notes by question name, each checked against its question; all of them or none. An empty
     * answer or note clears it.
     */
    void answer(TemplateVersion version, Map<String, String> given, Map<String, String> notes, String by) {
        requireOpen();
        var checked = InspectionRules.checked(version, given, notes);
        checked.forEach((name, value) -> change(name, answer -> answer.withAnswer(value)));
        notes.forEach((name, note) -> change(name, answer -> answer.withNote(blankless(note))));
        begin(by);
    }

    /** Keeps a photo beside a question's answer (the answer itself of a photo question). */
    void photographed(TemplateVersion version, String question, UUID photoId, String by) {
        requireOpen();
        InspectionRules.question(version, question);
        change(question, answer -> answer.withPhoto(photoId));
        begin(by);
    }

    /** A failed item and the action raised on it; one per question. */
    void found(Finding finding, String by) {
        requireOpen();
        findings.add(finding);
        begin(by);
    }

    /**
     * Completes it, or refuses naming the first question that still lacks a required answer, note, photo or action;
     * the score is the one formula's over the questions shown.
     */
    void complete(TemplateVersion version, UUID by, Instant at) {
        requireOpen();
        var values = values(version);
        InspectionRules.requireComplete(version, values, answers, findings);
        if (kind() == InspectionKind.JOINT && !signatures.both()) {
            throw new InvalidRequestException("signature", "rule.audit.bothSign");
        }
        score = version.score(values);
        status = InspectionStatus.COMPLETED;
        completedAt = at;
        completedBy = by;
        if (kind() == InspectionKind.JOINT) {
            registerEvent(new JointInspectionCompleted(id, siteId(), organisationId(), at));
        }
    }

    /**
     * A joint inspection's side signs what it sees now; any change after a signature asks both sides to sign again.
     *
     * @param contractorSide whether the contractor's supervisor signs, else the owner company's person
     */
    void signed(boolean contractorSide, UUID signatureId, String by, Instant at) {
        requireOpen();
        if (kind() != InspectionKind.JOINT) {
            throw new InvalidRequestException("signature", "rule.audit.notJoint");
        }
        signatures = signatures.signed(contractorSide, signatureId, by, at);
    }

    void conductedOn(LocalDate day) {
        place = place.conductedOnUnlessSet(day);
    }

    /** The answers by question name as the conditions and the score read them: numbers as numbers. */
    public Map<String, Object> values(TemplateVersion version) {
        return InspectionRules.values(version, answers);
    }

    /** Its questions as they stand: shown or not, answered, failed, and what their conditions require now. */
    public List<QuestionState> states(TemplateVersion version) {
        return InspectionRules.states(version, values(version), answers, findings);
    }

    public Optional<Finding> findingOf(String question) {
        return findings.stream()
                .filter(finding -> finding.question().equals(question))
                .findFirst();
    }

    private void change(String question, UnaryOperator<InspectionAnswer> change) {
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).question().equals(question)) {
                answers.set(i, change.apply(answers.get(i)));
                return;
            }
        }
        answers.add(change.apply(new InspectionAnswer(question, null, null, null)));
    }

    private void begin(String by) {
        signatures = JointSignatures.NONE;
        if (status == InspectionStatus.DUE) {
            status = InspectionStatus.IN_PROGRESS;
        }
        place = place.conductedByUnlessSet(by);
    }

    private void requireOpen() {
        if (isVoided()) {
            throw new InvalidRequestException("record", "rule.voidedUnchangeable");
        }
        if (status == InspectionStatus.COMPLETED) {
            throw new InvalidRequestException("status", "rule.audit.completed");
        }
    }

    private static String blankless(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public String recordType() {
        return "inspection";
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public Long version() {
        return version;
    }

    public UUID templateId() {
        return templateId;
    }

    public int templateVersion() {
        return templateVersion;
    }

    public String title() {
        return title;
    }

    InspectionPlace place() {
        return place;
    }

    public UUID siteId() {
        return place.siteId();
    }

    public UUID areaId() {
        return place.areaId();
    }

    /** The contractor whose work is inspected; null for the plant's own. */
    public UUID organisationId() {
        return place.organisationId();
    }

    /** Who started it: the organisation it counts for. */
    public UUID startedByOrganisationId() {
        return place.startedByOrganisationId();
    }

    /** The organisation whose people read it: the contractor inspected, or else whoever started it. */
    public UUID scopeOrganisationId() {
        return organisationId() != null ? organisationId() : startedByOrganisationId();
    }

    public LocalDate conductedOn() {
        return place.conductedOn();
    }

    public String conductedBy() {
        return place.conductedBy();
    }

    public InspectionStatus status() {
        return status;
    }

    public InspectionKind kind() {
        return place.kind();
    }

    /** The owner company's person a joint inspection's starter invited: the area's line manager. */
    public UUID invitedPersonId() {
        return place.invitedPersonId();
    }

    /** A joint inspection's two signatures; none for another kind. */
    public JointSignatures signatures() {
        return signatures;
    }

    /** The schedule's slot and assignee it falls due by; empty for one started ad hoc. */
    public InspectionSlot slot() {
        return slot;
    }

    /** The score it completed with; empty while it is open. */
    public Scoring.Score score() {
        return score;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public UUID completedBy() {
        return completedBy;
    }

    public List<InspectionAnswer> answers() {
        return List.copyOf(answers);
    }

    public List<Finding> findings() {
        return List.copyOf(findings);
    }

    @Override
    public Map<String, Object> snapshot() {
        return InspectionSnapshot.of(this);
    }
}
