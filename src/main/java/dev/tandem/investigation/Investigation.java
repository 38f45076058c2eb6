package dev.tandem.investigation;

import dev.tandem.equipment.DowntimeReason;
import dev.tandem.history.KeptOutOfHistory;
import dev.tandem.history.Recorded;
import dev.tandem.history.Voidable;
import dev.tandem.investigation.triggers.TriggerCode;
import dev.tandem.shared.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An investigation of one or several records (a repeated failure is one investigation of several downtimes) to their
 * root causes. QUEUED when a trigger asked for it, OPEN once its leader is named, CLOSED when done; a suggested one may
 * be DECLINED with a reason, a required one may not. Its leader belongs to the owner company; its members to the
 * owner company or, when a contractor's work is involved, to that contractor.
 */
@Table("investigation")
public class Investigation extends Voidable {

    @Id
    private final UUID id;

    private String title;
    private final UUID siteId;
    private final UUID areaId;
    private final UUID equipmentId;
    private final DowntimeReason downtimeReason;
    private final UUID contractorId;
    private InvestigationStatus status;
    private final boolean required;
    private final TriggerCode triggerCode;
    private UUID leaderPersonId;
    private List<UUID> memberPersonIds;
    private LocalDate dueDate;
    private final Instant queuedAt;
    private Instant openedAt;
    private String declinedReason;

    @KeptOutOfHistory("the overdue round's claim, not a change anyone made")
    private Instant overdueNoticedAt;

    @KeptOutOfHistory("fixed when the investigation is made, as its CREATED entry's time says; its page names them")
    @MappedCollection(idColumn = "investigation", keyColumn = "investigation_key")
    private final List<InvestigatedRecord> records;

    @MappedCollection(idColumn = "investigation", keyColumn = "investigation_key")
    private final List<Fact> facts;

    @Version
    private Long version;

    @PersistenceCreator
    Investigation(
            UUID id,
            UUID siteId,
            UUID areaId,
            UUID equipmentId,
            DowntimeReason downtimeReason,
            UUID contractorId,
            boolean required,
            TriggerCode triggerCode,
            Instant queuedAt,
            List<InvestigatedRecord> records,
            List<Fact> facts) {
        this.id = id;
        this.siteId = siteId;
        this.areaId = areaId;
        this.equipmentId = equipmentId;
        this.downtimeReason = downtimeReason;
        this.contractorId = contractorId;
        this.required = required;
        this.triggerCode = triggerCode;
        this.queuedAt = queuedAt;
        this.records = records == null ? new ArrayList<>() : new ArrayList<>(records);
        this.facts = facts == null ? new ArrayList<>() : new ArrayList<>(facts);
        this.memberPersonIds = new ArrayList<>();
    }

    /** What the investigated records say of where it happened and whose work was involved, as the caller read them. */
    public record Scope(UUID siteId, UUID areaId, UUID equipmentId, DowntimeReason downtimeReason, UUID contractorId) {}

    /** The team and plan its leader works to. */
    public record Team(String title, UUID leaderPersonId, List<UUID> memberPersonIds, LocalDate dueDate) {}

    /** Opened by hand: OPEN at once, with its team. */
    static Investigation opened(UUID id, List<InvestigatedRecord> records, Scope scope, Team team, Instant at) {
        var investigation = new Investigation(
                id,
                scope.siteId(),
                scope.areaId(),
                scope.equipmentId(),
                scope.downtimeReason(),
                scope.contractorId(),
                false,
                null,
                at,
                records,
                List.of());
        investigation.plan(team);
        investigation.status = InvestigationStatus.OPEN;
        investigation.openedAt = at;
        return investigation;
    }

    /** Put in the queue by a trigger, with the date it is due by; it waits for somebody to name its team. */
    static Investigation queued(
            UUID id,
            List<InvestigatedRecord> records,
            Scope scope,
            String title,
            TriggerCode trigger,
            boolean required,
            LocalDate dueDate,
            Instant at) {
        var investigation = new Investigation(
                id,
                scope.siteId(),
                scope.areaId(),
                scope.equipmentId(),
                scope.downtimeReason(),
                scope.contractorId(),
                required,
                trigger,
                at,
                records,
                List.of());
        investigation.title = title;
        investigation.dueDate = dueDate;
        investigation.status = InvestigationStatus.QUEUED;
        investigation.registerEvent(new InvestigationQueued(id, scope.siteId(), required, at));
        return investigation;
    }

    /** A queued investigation taken up: its leader and team named. */
    void open(Team team, Instant at) {
        requireStatus(InvestigationStatus.QUEUED);
        plan(team);
        status = InvestigationStatus.OPEN;
        openedAt = at;
    }

    /** The team and plan changed while it is still to be done. */
    void revise(Team team) {
        if (!status.active()) {
            throw new InvalidRequestException("status", "investigation.rule.status", status);
        }
        plan(team);
    }

    /** A suggested investigation nobody will take up, with the reason; a required one is never declined. */
    void decline(String reason) {
        requireStatus(InvestigationStatus.QUEUED);
        if (required) {
            throw new InvalidRequestException("reason", "investigation.rule.requiredNotDeclined");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "investigation.rule.declineReasonRequired");
        }
        declinedReason = reason.strip();
        status = InvestigationStatus.DECLINED;
    }

    /** A fact added to the timeline, which stays in the order things happened. */
    Fact addFact(UUID factId, Instant happenedAt, String what, String source) {
        if (status != InvestigationStatus.OPEN) {
            throw new InvalidRequestException("status", "investigation.rule.status", status);
        }
        if (happenedAt == null) {
            throw new InvalidRequestException("happenedAt", "investigation.rule.factTimeRequired");
        }
        if (what == null || what.isBlank()) {
            throw new InvalidRequestException("what", "investigation.rule.factRequired");
        }
        var fact =
                new Fact(factId, happenedAt, what.strip(), source == null || source.isBlank() ? null : source.strip());
        facts.add(fact);
        facts.sort(Comparator.comparing(Fact::happenedAt));
        return fact;
    }

    private void plan(Team team) {
        if (team.title() == null || team.title().isBlank()) {
            throw new InvalidRequestException("title", "investigation.rule.titleRequired");
        }
        if (team.leaderPersonId() == null) {
            throw new InvalidRequestException("leaderPersonId", "investigation.rule.leaderRequired");
        }
        if (team.dueDate() == null) {
            throw new InvalidRequestException("dueDate", "investigation.rule.dueDateRequired");
        }
        title = team.title().strip();
        leaderPersonId = team.leaderPersonId();
        memberPersonIds = new ArrayList<>(team.memberPersonIds().stream()
                .filter(member -> !member.equals(team.leaderPersonId()))
                .distinct()
                .toList());
        if (!team.dueDate().equals(dueDate)) {
            overdueNoticedAt = null;
        }
        dueDate = team.dueDate();
    }

    private void requireStatus(InvestigationStatus expected) {
        if (status != expected) {
            throw new InvalidRequestException("status", "investigation.rule.status", status);
        }
    }

    /** Whether the person leads it or is one of its members. */
    public boolean inTeam(UUID personId) {
        return personId != null && (personId.equals(leaderPersonId) || memberPersonIds.contains(personId));
    }

    /** Whether it is still to be done on the given day and its due date has passed. */
    public boolean overdueOn(LocalDate today) {
        return status.active() && !isVoided() && dueDate.isBefore(today);
    }

    @Override
    public String recordType() {
        return "investigation";
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

    public UUID siteId() {
        return siteId;
    }

    public UUID areaId() {
        return areaId;
    }

    public UUID equipmentId() {
        return equipmentId;
    }

    public DowntimeReason downtimeReason() {
        return downtimeReason;
    }

    public UUID contractorId() {
        return contractorId;
    }

    public InvestigationStatus status() {
        return status;
    }

    public boolean required() {
        return required;
    }

    public TriggerCode triggerCode() {
        return triggerCode;
    }

    public UUID leaderPersonId() {
        return leaderPersonId;
    }

    public List<UUID> memberPersonIds() {
        return List.copyOf(memberPersonIds);
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public String declinedReason() {
        return declinedReason;
    }

    public List<InvestigatedRecord> records() {
        return List.copyOf(records);
    }

    public List<Fact> facts() {
        return List.copyOf(facts);
    }

    @Override
    public Map<String, Object> snapshot() {
        var fields = new LinkedHashMap<>(Recorded.fields(
                "title", title,
                "siteId", siteId,
                "areaId", areaId,
                "equipmentId", equipmentId,
                "downtimeReason", downtimeReason,
                "contractorId", contractorId,
                "status", status,
                "required", required,
                "triggerCode", triggerCode,
                "leaderPersonId", leaderPersonId,
                "memberPersonIds", memberPersonIds,
                "dueDate", dueDate,
                "queuedAt", queuedAt,
                "openedAt", openedAt,
                "declinedReason", declinedReason));
        fields.putAll(Recorded.numbered(
                "facts",
                facts,
                fact -> Recorded.fields(
                        "happenedAt", fact.happenedAt(),
                        "what", fact.what(),
                        "source", fact.source())));
        return fields;
    }
}
