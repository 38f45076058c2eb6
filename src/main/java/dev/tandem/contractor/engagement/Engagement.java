package dev.tandem.contractor.engagement;

import dev.tandem.history.Recorded;
import dev.tandem.history.VoidableRecord;
import dev.tandem.shared.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A contractor's scope of work: a site's areas between two days, what is to be done, how many people, and its mentor.
 * Its risk review lists the scope's risks and is signed by the mentor and by the contractor's supervisor; a change to
 * the risks takes both signatures back. It becomes ACTIVE only with both signatures (the module checks the documents).
 */
@Table("contractor_engagement")
public class Engagement extends VoidableRecord {

    private final UUID organisationId;
    private final UUID siteId;
    private final List<UUID> areaIds;
    private final LocalDate startsOn;
    private final LocalDate endsOn;
    private final String description;
    private final int plannedHeadcount;
    private final UUID mentorPersonId;
    private EngagementStatus status;

    @MappedCollection(idColumn = "contractor_engagement", keyColumn = "contractor_engagement_key")
    private List<EngagementRisk> risks;

    private UUID mentorSignedBy;
    private Instant mentorSignedAt;
    private UUID contractorSignedBy;
    private Instant contractorSignedAt;
    private LocalDate activatedOn;

    @PersistenceCreator
    Engagement(
            UUID id,
            UUID organisationId,
            UUID siteId,
            List<UUID> areaIds,
            LocalDate startsOn,
            LocalDate endsOn,
            String description,
            int plannedHeadcount,
            UUID mentorPersonId,
            EngagementStatus status,
            List<EngagementRisk> risks,
            UUID mentorSignedBy,
            Instant mentorSignedAt,
            UUID contractorSignedBy,
            Instant contractorSignedAt,
            LocalDate activatedOn,
            Long version) {
        super("contractor-engagement", id, version);
        this.organisationId = organisationId;
        this.siteId = siteId;
        this.areaIds = List.copyOf(areaIds);
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.description = description;
        this.plannedHeadcount = plannedHeadcount;
        this.mentorPersonId = mentorPersonId;
        this.status = status;
        this.risks = List.copyOf(risks);
        this.mentorSignedBy = mentorSignedBy;
        this.mentorSignedAt = mentorSignedAt;
        this.contractorSignedBy = contractorSignedBy;
        this.contractorSignedAt = contractorSignedAt;
        this.activatedOn = activatedOn;
    }

    /** A planned engagement; the module has checked the contractor, the areas and the mentor. */
    static Engagement planned(UUID id, PlanEngagement plan) {
        if (plan.endsOn().isBefore(plan.startsOn())) {
            throw new InvalidRequestException("endsOn", "contractor.rule.endsBeforeStart");
        }
        return new Engagement(
                id,
                plan.organisationId(),
                plan.siteId(),
                plan.areaIds().stream().distinct().toList(),
                plan.startsOn(),
                plan.endsOn(),
                plan.description().trim(),
                plan.plannedHeadcount(),
                plan.mentorPersonId(),
                EngagementStatus.PLANNED,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /** Adds a risk of the register to the review; the signatures given so far are taken back. */
    void addRisk(UUID riskId) {
        requirePlanned();
        if (risks.stream().anyMatch(risk -> risk.riskId().equals(riskId))) {
            return;
        }
        var more = new ArrayList<>(risks);
        more.add(new EngagementRisk(riskId));
        risks = List.copyOf(more);
        unsign();
    }

    void removeRisk(UUID riskId) {
        requirePlanned();
        risks = risks.stream().filter(risk -> !risk.riskId().equals(riskId)).toList();
        unsign();
    }

    /** The mentor signs the risk review for the plant. */
    void signAsMentor(UUID personId, Instant at) {
        requireReviewToSign();
        if (!mentorPersonId.equals(personId)) {
            throw new InvalidRequestException("signature", "contractor.rule.onlyTheMentorSigns");
        }
        mentorSignedBy = personId;
        mentorSignedAt = at;
    }

    /** The contractor's supervisor signs the risk review for the contractor. */
    void signAsContractor(UUID personId, Instant at) {
        requireReviewToSign();
        contractorSignedBy = personId;
        contractorSignedAt = at;
    }

    /** Work starts: only with both signatures (the documents are the module's to check). */
    void activate(LocalDate on) {
        requirePlanned();
        if (!reviewSigned()) {
            throw new InvalidRequestException("status", "contractor.rule.reviewNotSigned");
        }
        status = EngagementStatus.ACTIVE;
        activatedOn = on;
        registerEvent(new EngagementStarted(id(), organisationId, on));
    }

    void close() {
        if (status != EngagementStatus.ACTIVE) {
            throw new InvalidRequestException("status", "contractor.rule.notActive");
        }
        status = EngagementStatus.CLOSED;
    }

    public boolean reviewSigned() {
        return !risks.isEmpty() && mentorSignedAt != null && contractorSignedAt != null;
    }

    private void requireReviewToSign() {
        requirePlanned();
        if (risks.isEmpty()) {
            throw new InvalidRequestException("risks", "contractor.rule.reviewWithoutRisks");
        }
    }

    private void requirePlanned() {
        if (status != EngagementStatus.PLANNED) {
            throw new InvalidRequestException("status", "contractor.rule.notPlanned");
        }
    }

    private void unsign() {
        mentorSignedBy = null;
        mentorSignedAt = null;
        contractorSignedBy = null;
        contractorSignedAt = null;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public UUID siteId() {
        return siteId;
    }

    public List<UUID> areaIds() {
        return areaIds;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public String description() {
        return description;
    }

    public int plannedHeadcount() {
        return plannedHeadcount;
    }

    public UUID mentorPersonId() {
        return mentorPersonId;
    }

    public EngagementStatus status() {
        return status;
    }

    public List<UUID> riskIds() {
        return risks.stream().map(EngagementRisk::riskId).toList();
    }

    public UUID mentorSignedBy() {
        return mentorSignedBy;
    }

    public Instant mentorSignedAt() {
        return mentorSignedAt;
    }

    public UUID contractorSignedBy() {
        return contractorSignedBy;
    }

    public Instant contractorSignedAt() {
        return contractorSignedAt;
    }

    public LocalDate activatedOn() {
        return activatedOn;
    }

    @Override
    public Map<String, Object> snapshot() {
        var fields = Recorded.fields(
                "organisationId", organisationId,
                "siteId", siteId,
                "areaIds", areaIds,
                "startsOn", startsOn,
                "endsOn", endsOn,
                "description", description,
                "plannedHeadcount", plannedHeadcount,
                "mentorPersonId", mentorPersonId,
                "status", status,
                "mentorSignedBy", mentorSignedBy,
                "mentorSignedAt", mentorSignedAt,
                "contractorSignedBy", contractorSignedBy,
                "contractorSignedAt", contractorSignedAt,
                "activatedOn", activatedOn);
        fields.put("risks", riskIds());
        return fields;
    }
}
