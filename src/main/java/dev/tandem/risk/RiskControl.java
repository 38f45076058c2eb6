package dev.tandem.risk;

import dev.tandem.history.KeptOutOfHistory;
import dev.tandem.history.Recorded;
import dev.tandem.history.Voidable;
import dev.tandem.shared.InvalidRequestException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A control of a risk, at its level of the hierarchy, with a person of the owner company who answers for it. A
 * critical control (one of the few a fatal risk depends on) has a performance standard and a verification cadence in
 * days; each verification makes it EFFECTIVE or NOT_EFFECTIVE, and it is overdue once its last verification (or, never
 * verified, its creation) is older than its cadence.
 */
@Table("risk_control")
public class RiskControl extends Voidable {

    @Id
    private final UUID id;

    private final UUID riskId;
    private ControlLevel level;
    private String description;
    private UUID ownerPersonId;
    private boolean critical;
    private String performanceStandard;
    private Integer cadenceDays;
    private Effectiveness effectiveness;
    private Instant lastVerifiedAt;

    @KeptOutOfHistory("the time of the history's CREATED entry")
    private final Instant createdAt;

    @Version
    private Long version;

    @PersistenceCreator
    RiskControl(
            UUID id,
            UUID riskId,
            ControlLevel level,
            String description,
            UUID ownerPersonId,
            boolean critical,
            String performanceStandard,
            Integer cadenceDays,
            Effectiveness effectiveness,
            Instant lastVerifiedAt,
            Instant createdAt,
            Long version) {
        this.id = id;
        this.riskId = riskId;
        this.level = level;
        this.description = description;
        this.ownerPersonId = ownerPersonId;
        this.critical = critical;
        this.performanceStandard = performanceStandard;
        this.cadenceDays = cadenceDays;
        this.effectiveness = effectiveness;
        this.lastVerifiedAt = lastVerifiedAt;
        this.createdAt = createdAt;
        this.version = version;
    }

    /** A new control of the risk, not verified yet; its owner was checked by the caller. */
    static RiskControl added(UUID id, UUID riskId, DefineControl details, Instant now) {
        var control = new RiskControl(
                id, riskId, null, null, null, false, null, null, Effectiveness.UNVERIFIED, null, now, null);
        control.apply(details);
        return control;
    }

    /** New details; what verifications found stays. */
    void revise(DefineControl details) {
        apply(details);
    }

    private void apply(DefineControl details) {
        boolean isCritical = Boolean.TRUE.equals(details.critical());
        var standard = details.performanceStandard() == null
                        || details.performanceStandard().isBlank()
                ? null
                : details.performanceStandard().strip();
        if (isCritical && standard == null) {
            throw new InvalidRequestException("performanceStandard", "rule.criticalControlNeedsStandard");
        }
        if (isCritical && details.cadenceDays() == null) {
            throw new InvalidRequestException("cadenceDays", "rule.criticalControlNeedsCadence");
        }
        level = details.level();
        description = details.description().strip();
        ownerPersonId = details.ownerPersonId();
        critical = isCritical;
        performanceStandard = isCritical ? standard : null;
        cadenceDays = isCritical ? details.cadenceDays() : null;
    }

    /**
     * Records what a verification found; a failure is announced with the action raised to restore the control.
     *
     * @throws InvalidRequestException when the control is not critical: only critical controls are verified
     */
    void verified(boolean passed, Instant at, Risk risk, UUID verificationId, UUID actionId) {
        requireCritical();
        effectiveness = passed ? Effectiveness.EFFECTIVE : Effectiveness.NOT_EFFECTIVE;
        lastVerifiedAt = lastVerifiedAt == null || at.isAfter(lastVerifiedAt) ? at : lastVerifiedAt;
        if (!passed) {
            registerEvent(new CriticalControlFailed(
                    id, riskId, risk.siteId(), risk.areaId(), risk.fatal(), verificationId, actionId, at));
        }
    }

    void requireCritical() {
        if (!critical) {
            throw new InvalidRequestException("passed", "rule.controlNotCritical");
        }
        if (isVoided()) {
            throw new InvalidRequestException("record", "rule.voidedUnchangeable");
        }
    }

    /** When the next verification is due: the cadence after the last one, or after creation; none if not critical. */
    public Instant dueAt() {
        return dueAt(critical, cadenceDays, lastVerifiedAt, createdAt);
    }

    /** The rule of {@link #dueAt()} for a control as a list reads it. */
    static Instant dueAt(boolean critical, Integer cadenceDays, Instant lastVerifiedAt, Instant createdAt) {
        if (!critical || cadenceDays == null) {
            return null;
        }
        return (lastVerifiedAt == null ? createdAt : lastVerifiedAt).plus(Duration.ofDays(cadenceDays));
    }

    /** Whether a verification is due and not done by {@code now}: overdue, for a control that is not voided. */
    static boolean overdue(Instant dueAt, boolean voided, Instant now) {
        return dueAt != null && !voided && now.isAfter(dueAt);
    }

    @Override
    public String recordType() {
        return "risk-control";
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public Long version() {
        return version;
    }

    public UUID riskId() {
        return riskId;
    }

    public ControlLevel level() {
        return level;
    }

    public String description() {
        return description;
    }

    public UUID ownerPersonId() {
        return ownerPersonId;
    }

    public boolean critical() {
        return critical;
    }

    public String performanceStandard() {
        return performanceStandard;
    }

    public Integer cadenceDays() {
        return cadenceDays;
    }

    public Effectiveness effectiveness() {
        return effectiveness;
    }

    public Instant lastVerifiedAt() {
        return lastVerifiedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    @Override
    public Map<String, Object> snapshot() {
        return Recorded.fields(
                "riskId", riskId,
                "level", level,
                "description", description,
                "ownerPersonId", ownerPersonId,
                "critical", critical,
                "performanceStandard", performanceStandard,
                "cadenceDays", cadenceDays,
                "effectiveness", effectiveness,
                "lastVerifiedAt", lastVerifiedAt);
    }
}
