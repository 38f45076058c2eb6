package dev.tandem.stopwork;

import dev.tandem.history.KeptOutOfHistory;
import dev.tandem.history.Recorded;
import dev.tandem.history.Voidable;
import dev.tandem.shared.InvalidRequestException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Unsafe work stopped by whoever saw it. RAISED, then ACKNOWLEDGED by the area's manager or the site's safety
 * department (the time it took is measured from the raise on the phone), then RESOLVED (the cause removed) or
 * COMPENSATED (measures taken, linked to a risk of the register), then RESUMED with a written justification. A stop
 * may instead be JUDGED_UNNECESSARY, with an explanation to its initiator: it still counts as raised in good faith.
 * Nothing here says anything about the initiator beyond who they are, for telling them of every step.
 */
@Table("stop_work")
public class StopWork extends Voidable {

    @Id
    private final UUID id;

    private final UUID siteId;
    private final UUID areaId;
    private final UUID organisationId;
    private final String work;
    private final String unsafe;
    private final Instant raisedAt;

    @KeptOutOfHistory("the time of the history's CREATED entry")
    private final Instant receivedAt;

    @KeptOutOfHistory("the author of the history's CREATED entry, shown only to those who may know the initiator")
    private final UUID initiatorUserId;

    @KeptOutOfHistory("never changes; a history panel would name the initiator to readers who may not know them")
    private final UUID initiatorPersonId;

    @KeptOutOfHistory("never changes; it would tell a reader which organisation's person raised the stop")
    private final UUID initiatorOrganisationId;

    private StopWorkStatus status;
    private Instant acknowledgedAt;
    private UUID acknowledgedBy;
    private String resolution;
    private StopWorkStatus resolvedAs;
    private Instant resolvedAt;
    private UUID resolvedBy;
    private UUID riskId;
    private String resumeJustification;
    private Instant resumedAt;
    private UUID resumedBy;
    private String explanation;
    private Instant judgedAt;
    private UUID judgedBy;
    private final UUID sourceEventId;

    @Version
    private Long version;

    /**
     * A stop as it was raised; its answers (status, acknowledgement, resolution, resumption, judgement) and version
     * are filled in on the fields as the steps are taken, and when a stored stop is read.
     */
    @PersistenceCreator
    StopWork(
            UUID id,
            UUID siteId,
            UUID areaId,
            UUID organisationId,
            String work,
            String unsafe,
            Instant raisedAt,
            Instant receivedAt,
            UUID initiatorUserId,
            UUID initiatorPersonId,
            UUID initiatorOrganisationId,
            UUID sourceEventId) {
        this.id = id;
        this.siteId = siteId;
        this.areaId = areaId;
        this.organisationId = organisationId;
        this.work = work;
        this.unsafe = unsafe;
        this.raisedAt = raisedAt;
        this.receivedAt = receivedAt;
        this.initiatorUserId = initiatorUserId;
        this.initiatorPersonId = initiatorPersonId;
        this.initiatorOrganisationId = initiatorOrganisationId;
        this.sourceEventId = sourceEventId;
    }

    /** Where and whose work, as checked by the caller. */
    record Place(UUID siteId, UUID areaId, UUID organisationId) {}

    /** Who raised it: their account, person and organisation. */
    record Initiator(UUID userId, UUID personId, UUID organisationId) {}

    /** A new stop, RAISED; the work counts as stopped from {@code raisedAt}, when the phone raised it. */
    static StopWork raised(
            UUID id, RaiseStopWork raise, Place place, Initiator initiator, Instant raisedAt, Instant receivedAt) {
        var stop = new StopWork(
                id,
                place.siteId(),
                place.areaId(),
                place.organisationId(),
                raise.work().strip(),
                raise.unsafe().strip(),
                raisedAt,
                receivedAt,
                initiator.userId(),
                initiator.personId(),
                initiator.organisationId(),
                raise.sourceEventId());
        stop.status = StopWorkStatus.RAISED;
        stop.registerEvent(new StopWorkRaised(id, place.siteId(), place.areaId(), raisedAt));
        return stop;
    }

    /** The responder has seen it and is on the way: the response time stops counting. */
    void acknowledge(UUID by, Instant at) {
        require(StopWorkStatus.RAISED);
        acknowledgedAt = at;
        acknowledgedBy = by;
        moved(StopWorkStatus.ACKNOWLEDGED, at);
    }

    /** The cause is removed. */
    void resolve(String note, UUID by, Instant at) {
        require(StopWorkStatus.ACKNOWLEDGED);
        resolution = required(note, "resolution", "rule.stopResolutionRequired");
        resolvedAs = StopWorkStatus.RESOLVED;
        resolvedAt = at;
        resolvedBy = by;
        moved(StopWorkStatus.RESOLVED, at);
    }

    /** The cause stays, compensated for by measures; the risk of the register they answer to, when one is named. */
    void compensate(String measures, UUID risk, UUID by, Instant at) {
        require(StopWorkStatus.ACKNOWLEDGED);
        resolution = required(measures, "resolution", "rule.stopMeasuresRequired");
        resolvedAs = StopWorkStatus.COMPENSATED;
        riskId = risk;
        resolvedAt = at;
        resolvedBy = by;
        moved(StopWorkStatus.COMPENSATED, at);
    }

    /** Links the risk of the register that the measures answer to, once it is entered. */
    void linkRisk(UUID risk) {
        if (status != StopWorkStatus.COMPENSATED) {
            throw new InvalidRequestException("status", "rule.stopStatus", status);
        }
        riskId = risk;
    }

    /** The work starts again, only once the cause is removed or compensated for, and never without a reason. */
    void resume(String justification, UUID by, Instant at) {
        if (status != StopWorkStatus.RESOLVED && status != StopWorkStatus.COMPENSATED) {
            throw new InvalidRequestException("status", "rule.stopStatus", status);
        }
        resumeJustification = required(justification, "justification", "rule.stopJustificationRequired");
        resumedAt = at;
        resumedBy = by;
        moved(StopWorkStatus.RESUMED, at);
    }

    /**
     * The work was safe after all: explained to the initiator, and still counted as a stop raised in good faith. A
     * stop not yet acknowledged is answered by this too.
     */
    void judgeUnnecessary(String why, UUID by, Instant at) {
        if (status != StopWorkStatus.RAISED && status != StopWorkStatus.ACKNOWLEDGED) {
            throw new InvalidRequestException("status", "rule.stopStatus", status);
        }
        explanation = required(why, "explanation", "rule.stopExplanationRequired");
        if (acknowledgedAt == null) {
            acknowledgedAt = at;
            acknowledgedBy = by;
        }
        judgedAt = at;
        judgedBy = by;
        moved(StopWorkStatus.JUDGED_UNNECESSARY, at);
    }

    private void require(StopWorkStatus expected) {
        if (status != expected) {
            throw new InvalidRequestException("status", "rule.stopStatus", status);
        }
    }

    private void moved(StopWorkStatus to, Instant at) {
        status = to;
        registerEvent(new StopWorkAnswered(id, to, at));
    }

    private static String required(String text, String field, String rule) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException(field, rule);
        }
        return text.strip();
    }

    /** How long the work waited for an answer, from the raise on the phone; empty until it is answered. */
    public Optional<Duration> acknowledgementTime() {
        return Optional.ofNullable(acknowledgedAt).map(at -> Duration.between(raisedAt, at));
    }

    /** Whether the person raised it. */
    public boolean raisedBy(UUID personId) {
        return personId != null && personId.equals(initiatorPersonId);
    }

    @Override
    public String recordType() {
        return "stop-work";
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

    public UUID areaId() {
        return areaId;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public String work() {
        return work;
    }

    public String unsafe() {
        return unsafe;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public UUID initiatorUserId() {
        return initiatorUserId;
    }

    public UUID initiatorPersonId() {
        return initiatorPersonId;
    }

    public UUID initiatorOrganisationId() {
        return initiatorOrganisationId;
    }

    public StopWorkStatus status() {
        return status;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public UUID acknowledgedBy() {
        return acknowledgedBy;
    }

    public String resolution() {
        return resolution;
    }

    /** RESOLVED when the cause was removed, COMPENSATED when measures were taken instead; null until then. */
    public StopWorkStatus resolvedAs() {
        return resolvedAs;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public UUID resolvedBy() {
        return resolvedBy;
    }

    public UUID riskId() {
        return riskId;
    }

    public String resumeJustification() {
        return resumeJustification;
    }

    public Instant resumedAt() {
        return resumedAt;
    }

    public UUID resumedBy() {
        return resumedBy;
    }

    public String explanation() {
        return explanation;
    }

    public Instant judgedAt() {
        return judgedAt;
    }

    public UUID judgedBy() {
        return judgedBy;
    }

    public UUID sourceEventId() {
        return sourceEventId;
    }

    @Override
    public Map<String, Object> snapshot() {
        return Recorded.fields(
                "siteId", siteId,
                "areaId", areaId,
                "organisationId", organisationId,
                "work", work,
                "unsafe", unsafe,
                "raisedAt", raisedAt,
                "status", status,
                "acknowledgedAt", acknowledgedAt,
                "acknowledgedBy", acknowledgedBy,
                "resolution", resolution,
                "resolvedAs", resolvedAs,
                "resolvedAt", resolvedAt,
                "resolvedBy", resolvedBy,
                "riskId", riskId,
                "resumeJustification", resumeJustification,
                "resumedAt", resumedAt,
                "resumedBy", resumedBy,
                "explanation", explanation,
                "judgedAt", judgedAt,
                "judgedBy", judgedBy,
                "sourceEventId", sourceEventId);
    }
}
