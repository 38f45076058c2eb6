package dev.tandem.event;

import dev.tandem.event.outcome.EventOutcome;
import dev.tandem.history.KeptOutOfHistory;
import dev.tandem.history.Recorded;
import dev.tandem.history.Voidable;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Viewer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Something that happened, or nearly did, as a person reported it and the safety department reviewed it. It moves
 * REPORTED → UNDER_REVIEW → CLOSED (and may be reopened), is voided with a reason, never deleted, and keeps every
 * change in its history.
 */
@Table("safety_event")
public class SafetyEvent extends Voidable {

    @Id
    private final UUID id;

    private EventType type;
    private EventStatus status;
    private Instant occurredAt;

    @KeptOutOfHistory("the time of the history's CREATED entry")
    private final Instant reportedAt;

    private UUID siteId;
    private UUID areaId;
    private UUID organisationId;
    private List<UUID> involvedOrganisationIds;
    private String description;

    @KeptOutOfHistory("the author of the history's CREATED entry; absent for an anonymous report")
    private final UUID reporterId;

    @KeptOutOfHistory("the person behind the history's CREATED entry; absent for an anonymous report")
    private final UUID reporterPersonId;

    private final UUID reporterOrganisationId;
    private boolean sifPotential;
    private boolean deliberate;
    private UUID violatorPersonId;
    private String reviewNote;
    private final UUID equipmentId;
    private EventOutcome outcome;

    @MappedCollection(idColumn = "safety_event", keyColumn = "safety_event_key")
    private List<Injury> injuries;

    @Version
    private Long version;

    @PersistenceCreator
    SafetyEvent(
            UUID id,
            EventType type,
            EventStatus status,
            Instant occurredAt,
            Instant reportedAt,
            UUID siteId,
            UUID areaId,
            UUID organisationId,
            List<UUID> involvedOrganisationIds,
            String description,
            UUID reporterId,
            UUID reporterPersonId,
            UUID reporterOrganisationId,
            boolean sifPotential,
            boolean deliberate,
            UUID violatorPersonId,
            String reviewNote,
            UUID equipmentId,
            EventOutcome outcome,
            List<Injury> injuries,
            Long version) {
        this.id = id;
        this.type = type;
        this.status = status;
        this.occurredAt = occurredAt;
        this.reportedAt = reportedAt;
        this.siteId = siteId;
        this.areaId = areaId;
        this.organisationId = organisationId;
        this.involvedOrganisationIds = involvedOrganisationIds == null ? new ArrayList<>() : involvedOrganisationIds;
        this.description = description;
        this.reporterId = reporterId;
        this.reporterPersonId = reporterPersonId;
        this.reporterOrganisationId = reporterOrganisationId;
        this.sifPotential = sifPotential;
        this.deliberate = deliberate;
        this.violatorPersonId = violatorPersonId;
        this.reviewNote = reviewNote;
        this.equipmentId = equipmentId;
        this.outcome = outcome;
        this.injuries = injuries == null ? new ArrayList<>() : injuries;
        this.version = version;
    }

    /** A new report; its organisation is the reporter's until the reviewer says otherwise. */
    static SafetyEvent reported(UUID id, ReportEvent report, Place place, Reporter reporter, Instant now) {
        var occurredAt = report.occurredAt() == null ? now : report.occurredAt();
        return new SafetyEvent(
                id, new FirstAccount(report.type(), occurredAt, place, report.description(), reporter), now);
    }

    /** An early warning a detector raised on equipment; Tandem reports it for the owner company. */
    static SafetyEvent warned(UUID id, EarlyWarningDetected warning, Place place, UUID ownerCompany, Instant now) {
        var occurredAt = warning.occurredAt().isAfter(now) ? now : warning.occurredAt();
        var account = new FirstAccount(
                EventType.EARLY_WARNING, occurredAt, place, warning.description(), Reporter.detectorOf(ownerCompany));
        return new SafetyEvent(id, account, now, warning.equipmentId());
    }

    /** What an event starts from: the first account of it, by a person or a detector. */
    private record FirstAccount(
            EventType type, Instant occurredAt, Place place, String description, Reporter reporter) {}

    /** A new event reported by a person: it concerns no equipment. */
    private SafetyEvent(UUID id, FirstAccount first, Instant now) {
        this(id, first, now, null);
    }

    /** A new event as first told; the review completes it. {@code equipmentId} is a detector's equipment. */
    private SafetyEvent(UUID id, FirstAccount first, Instant now, UUID equipmentId) {
        this.id = id;
        this.type = first.type();
        this.status = EventStatus.REPORTED;
        this.occurredAt = first.occurredAt();
        this.reportedAt = now;
        this.siteId = first.place().siteId();
        this.areaId = first.place().areaId();
        this.organisationId = first.reporter().organisationId();
        this.involvedOrganisationIds = new ArrayList<>();
        this.description = first.description().trim();
        this.reporterId = first.reporter().userId();
        this.reporterPersonId = first.reporter().personId();
        this.reporterOrganisationId = first.reporter().organisationId();
        this.equipmentId = equipmentId;
        this.injuries = new ArrayList<>();
        registerEvent(new EventReported(id, type, siteId, organisationId, occurredAt));
    }

    void startReview() {
        requireStatus(EventStatus.REPORTED);
        status = EventStatus.UNDER_REVIEW;
        revised();
    }

    void close(String note) {
        requireStatus(EventStatus.UNDER_REVIEW);
        status = EventStatus.CLOSED;
        if (note != null && !note.isBlank()) {
            reviewNote = note.trim();
        }
        revised();
    }

    void reopen() {
        requireStatus(EventStatus.CLOSED);
        status = EventStatus.UNDER_REVIEW;
        outcome = null;
        revised();
    }

    /** An early warning that was not a real problem: closed, and kept so that detectors can be tuned. */
    void dismissAsFalseAlarm(String note) {
        if (type != EventType.EARLY_WARNING) {
            throw new InvalidRequestException("type", "rule.falseAlarmOnlyForWarnings");
        }
        if (status == EventStatus.CLOSED) {
            throw new InvalidRequestException("status", "rule.eventStatus", status);
        }
        status = EventStatus.CLOSED;
        outcome = EventOutcome.FALSE_ALARM;
        if (note != null && !note.isBlank()) {
            reviewNote = note.trim();
        }
        revised();
    }

    /** The reviewer's account replaces the report's; injuries belong to incidents, deliberateness to violations. */
    void revise(ReviseEvent revision, Place place, List<Injury> injured) {
        if (status == EventStatus.CLOSED) {
            throw new InvalidRequestException("status", "rule.eventClosed");
        }
        // early warnings come from detectors only, and stay what the detector raised
        if ((type == EventType.EARLY_WARNING) != (revision.type() == EventType.EARLY_WARNING)) {
            throw new InvalidRequestException("type", "rule.earlyWarningByDetectors");
        }
        if (!injured.isEmpty() && revision.type() != EventType.INCIDENT) {
            throw new InvalidRequestException("injuries", "rule.injuriesOnlyForIncidents");
        }
        boolean violation = revision.type() == EventType.VIOLATION;
        if (!violation && (revision.deliberate() || revision.violatorPersonId() != null)) {
            throw new InvalidRequestException("deliberate", "rule.deliberateOnlyForViolations");
        }
        type = revision.type();
        occurredAt = revision.occurredAt();
        siteId = place.siteId();
        areaId = place.areaId();
        organisationId = revision.organisationId();
        involvedOrganisationIds = new ArrayList<>(revision.involvedOrganisationIds().stream()
                .filter(other -> !other.equals(organisationId))
                .distinct()
                .toList());
        description = revision.description().trim();
        sifPotential = revision.sifPotential();
        deliberate = revision.deliberate();
        violatorPersonId = revision.violatorPersonId();
        reviewNote = revision.reviewNote() == null || revision.reviewNote().isBlank()
                ? null
                : revision.reviewNote().trim();
        injuries = new ArrayList<>(injured);
        revised();
    }

    @Override
    public void voidBecause(String reason, Viewer by, Instant at) {
        super.voidBecause(reason, by, at);
        revised();
    }

    private void revised() {
        registerEvent(new EventRevised(id, status, siteId, organisationId));
    }

    private void requireStatus(EventStatus expected) {
        if (status != expected) {
            throw new InvalidRequestException("status", "rule.eventStatus", status);
        }
    }

    /** Whether the organisation is the one the event concerns, one involved in it, or the reporter's. */
    public boolean concerns(UUID organisation) {
        return organisation.equals(organisationId)
                || organisation.equals(reporterOrganisationId)
                || involvedOrganisationIds.contains(organisation);
    }

    @Override
    public String recordType() {
        return "safety-event";
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public Long version() {
        return version;
    }

    public EventType type() {
        return type;
    }

    public EventStatus status() {
        return status;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public Instant reportedAt() {
        return reportedAt;
    }

    public UUID siteId() {
        return siteId;
    }

    public UUID areaId() {
        return areaId;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public List<UUID> involvedOrganisationIds() {
        return List.copyOf(involvedOrganisationIds);
    }

    public String description() {
        return description;
    }

    /** The reporting user; absent for an anonymous report. */
    public UUID reporterId() {
        return reporterId;
    }

    /** The reporting person; absent for an anonymous report and for a detector's warning. */
    public UUID reporterPersonId() {
        return reporterPersonId;
    }

    /** Whether a person reported it without leaving their name (a detector's warning is not anonymous). */
    public boolean isAnonymous() {
        return type != EventType.EARLY_WARNING && reporterId == null && reporterPersonId == null;
    }

    public UUID reporterOrganisationId() {
        return reporterOrganisationId;
    }

    /** Whether it could have caused a serious injury or a fatality. */
    public boolean sifPotential() {
        return sifPotential;
    }

    public boolean deliberate() {
        return deliberate;
    }

    public UUID violatorPersonId() {
        return violatorPersonId;
    }

    public String reviewNote() {
        return reviewNote;
    }

    /** The equipment an early warning concerns; absent for events reported by people. */
    public UUID equipmentId() {
        return equipmentId;
    }

    /** How a closed early warning turned out; absent otherwise. */
    public EventOutcome outcome() {
        return outcome;
    }

    public List<Injury> injuries() {
        return List.copyOf(injuries);
    }

    @Override
    public Map<String, Object> snapshot() {
        var fields = Recorded.fields(
                "type", type,
                "status", status,
                "occurredAt", occurredAt,
                "siteId", siteId,
                "areaId", areaId,
                "organisationId", organisationId,
                "involvedOrganisationIds", involvedOrganisationIds,
                "description", description,
                "sifPotential", sifPotential,
                "deliberate", deliberate,
                "violatorPersonId", violatorPersonId,
                "reviewNote", reviewNote,
                "outcome", outcome,
                "reporterOrganisationId", reporterOrganisationId,
                "equipmentId", equipmentId);
        fields.putAll(Recorded.numbered("injuries", injuries, Injury::snapshot));
        return fields;
    }
}
