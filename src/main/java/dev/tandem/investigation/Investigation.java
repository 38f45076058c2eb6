package dev.tandem.investigation;

import dev.tandem.equipment.DowntimeReason;
import dev.tandem.history.KeptOutOfHistory;
import dev.tandem.history.Voidable;
import dev.tandem.investigation.analysis.FishboneCategory;
import dev.tandem.investigation.triggers.TriggerCode;
import dev.tandem.shared.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
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

    @Embedded.Empty
    private final InvestigationScope scope;

    private InvestigationStatus status;
    private final boolean required;
    private final TriggerCode triggerCode;
    private UUID leaderPersonId;
    private List<UUID> memberPersonIds;
    private LocalDate dueDate;
    private final Instant queuedAt;
    private Instant openedAt;
    private String declinedReason;
    private Instant closedAt;
    private UUID acceptedBy;
    private String acceptanceReason;

    @KeptOutOfHistory("the overdue round's claim, not a change anyone made")
    private Instant overdueNoticedAt;

    @KeptOutOfHistory("fixed when the investigation is made, as its CREATED entry's time says; its page names them")
    @MappedCollection(idColumn = "investigation", keyColumn = "investigation_key")
    private final List<InvestigatedRecord> records;

    @MappedCollection(idColumn = "investigation", keyColumn = "investigation_key")
    private final List<Fact> facts;

    private List<String> fishboneCategories;

    @MappedCollection(idColumn = "investigation", keyColumn = "investigation_key")
    private List<WhyChain> whyChains;

    @MappedCollection(idColumn = "investigation", keyColumn = "investigation_key")
    private List<FishboneCause> fishboneCauses;

    @MappedCollection(idColumn = "investigation", keyColumn = "investigation_key")
    private List<ChartCause> chartCauses;

    @KeptOutOfHistory("arrows between two causes, which the history could show only as two ids; every cause is in it")
    @MappedCollection(idColumn = "investigation", keyColumn = "investigation_key")
    private List<ChartLink> chartLinks;

    @MappedCollection(idColumn = "investigation", keyColumn = "investigation_key")
    private List<RootCause> rootCauses;

    @Version
    private Long version;

    @PersistenceCreator
    Investigation(
            UUID id,
            InvestigationScope scope,
            boolean required,
            TriggerCode triggerCode,
            Instant queuedAt,
            List<InvestigatedRecord> records,
            List<Fact> facts,
            List<WhyChain> whyChains,
            List<FishboneCause> fishboneCauses,
            List<ChartCause> chartCauses,
            List<ChartLink> chartLinks,
            List<RootCause> rootCauses) {
        this.id = id;
        this.scope = scope;
        this.required = required;
        this.triggerCode = triggerCode;
        this.queuedAt = queuedAt;
        this.records = records == null ? new ArrayList<>() : new ArrayList<>(records);
        this.facts = facts == null ? new ArrayList<>() : new ArrayList<>(facts);
        this.whyChains = whyChains == null ? List.of() : whyChains;
        this.fishboneCauses = fishboneCauses == null ? List.of() : fishboneCauses;
        this.chartCauses = chartCauses == null ? List.of() : chartCauses;
        this.chartLinks = chartLinks == null ? List.of() : chartLinks;
        this.rootCauses = rootCauses == null ? List.of() : rootCauses;
        this.memberPersonIds = new ArrayList<>();
        this.fishboneCategories = new ArrayList<>(FishboneCategory.defaults());
    }

    /** Opened by hand: OPEN at once, with its team. */
    static Investigation opened(
            UUID id, List<InvestigatedRecord> records, InvestigationScope scope, InvestigationTeam team, Instant at) {
        var investigation = made(id, records, scope, false, null, at);
        investigation.plan(team);
        investigation.status = InvestigationStatus.OPEN;
        investigation.openedAt = at;
        return investigation;
    }

    /** Put in the queue by a trigger, with the date it is due by; it waits for somebody to name its team. */
    static Investigation queued(
            UUID id,
            List<InvestigatedRecord> records,
            InvestigationScope scope,
            String title,
            TriggerCode trigger,
            boolean required,
            LocalDate dueDate,
            Instant at) {
        var investigation = made(id, records, scope, required, trigger, at);
        investigation.title = title;
        investigation.dueDate = dueDate;
        investigation.status = InvestigationStatus.QUEUED;
        investigation.registerEvent(new InvestigationQueued(id, scope.siteId(), required, at));
        return investigation;
    }

    /** A new investigation of the records, with nothing found yet. */
    private static Investigation made(
            UUID id,
            List<InvestigatedRecord> records,
            InvestigationScope scope,
            boolean required,
            TriggerCode trigger,
            Instant at) {
        return new Investigation(
                id, scope, required, trigger, at, records, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    /** A queued investigation taken up: its leader and team named. */
    void open(InvestigationTeam team, Instant at) {
        requireStatus(InvestigationStatus.QUEUED);
        plan(team);
        status = InvestigationStatus.OPEN;
        openedAt = at;
    }

    /** The team and plan changed while it is still to be done. */
    void revise(InvestigationTeam team) {
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
        requireOpen();
        var fact = Fact.stated(factId, happenedAt, what, source);
        facts.add(fact);
        facts.sort(Comparator.comparing(Fact::happenedAt));
        return fact;
    }

    /** Its methods as they stand: chains of 5 Whys, the fishbone, the cause chart and the root causes found. */
    public Methods methods() {
        return new Methods(whyChains, fishboneCategories, fishboneCauses, chartCauses, chartLinks, rootCauses);
    }

    /** A step in its methods, taken while it is open: one more item, or a refusal that changes nothing. */
    void analyse(UnaryOperator<Methods> step) {
        requireOpen();
        var taken = step.apply(methods());
        whyChains = taken.whyChains();
        fishboneCategories = taken.fishboneCategories();
        fishboneCauses = taken.fishboneCauses();
        chartCauses = taken.chartCauses();
        chartLinks = taken.chartLinks();
        rootCauses = taken.rootCauses();
    }

    /**
     * Closed once every action raised on it is verified, or, with actions still unverified (or none raised), when a
     * director accepts the rest with a reason.
     */
    public void close(long actions, long verified, DirectorsAcceptance acceptance, Instant at) {
        requireOpen();
        var allVerified = actions > 0 && verified == actions;
        if (!allVerified) {
            if (acceptance == null) {
                throw new InvalidRequestException(
                        "reason", "investigation.rule.actionsNotVerified", actions - verified);
            }
            acceptedBy = acceptance.directorPersonId();
            acceptanceReason = Methods.required(acceptance.reason(), "reason", "investigation.rule.acceptanceReason");
        }
        closedAt = at;
        status = InvestigationStatus.CLOSED;
    }

    private void requireOpen() {
        requireStatus(InvestigationStatus.OPEN);
    }

    private void plan(InvestigationTeam team) {
        var checked = team.checked();
        title = checked.title();
        leaderPersonId = checked.leaderPersonId();
        memberPersonIds = new ArrayList<>(checked.memberPersonIds());
        if (!checked.dueDate().equals(dueDate)) {
            overdueNoticedAt = null;
        }
        dueDate = checked.dueDate();
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
        return scope.siteId();
    }

    public UUID areaId() {
        return scope.areaId();
    }

    public UUID equipmentId() {
        return scope.equipmentId();
    }

    public DowntimeReason downtimeReason() {
        return scope.downtimeReason();
    }

    public UUID contractorId() {
        return scope.contractorId();
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

    public Instant closedAt() {
        return closedAt;
    }

    /** The director who accepted the actions not verified at closing; null when all were verified. */
    public UUID acceptedBy() {
        return acceptedBy;
    }

    public String acceptanceReason() {
        return acceptanceReason;
    }

    public List<InvestigatedRecord> records() {
        return List.copyOf(records);
    }

    public List<Fact> facts() {
        return List.copyOf(facts);
    }

    @Override
    public Map<String, Object> snapshot() {
        return InvestigationSnapshot.of(this);
    }
}
