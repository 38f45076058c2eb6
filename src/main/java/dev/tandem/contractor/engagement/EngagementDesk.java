package dev.tandem.contractor.engagement;

import dev.tandem.contractor.ContractorAccess;
import dev.tandem.contractor.prequalification.PlantDay;
import dev.tandem.history.AuditedRecords;
import dev.tandem.history.CreateRule;
import dev.tandem.history.Created;
import dev.tandem.history.History;
import dev.tandem.risk.IdentifyRisk;
import dev.tandem.risk.RiskRegister;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Engagements from plan to work: planned with a mentor, their scope's risks picked from the register or entered in it
 * (through the risk module), the risk review signed by both sides, started only with both signatures and the
 * contractor's required documents valid, and closed when the work is done.
 */
@Service
@Transactional
public class EngagementDesk {

    private final Engagements engagements;
    private final AuditedRecords<Engagement> records;
    private final EngagementChecks checks;
    private final RiskRegister risks;
    private final PlantDay day;
    private final Clock clock;

    EngagementDesk(
            Engagements engagements,
            History history,
            EngagementChecks checks,
            RiskRegister risks,
            PlantDay day,
            Clock clock) {
        this.engagements = engagements;
        this.records = history.auditing(
                engagements, (viewer, engagement) -> ContractorAccess.canRead(viewer, engagement.organisationId()));
        this.checks = checks;
        this.risks = risks;
        this.day = day;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Engagement engagement(UUID id, Viewer viewer) {
        var engagement = engagements.findById(id).orElseThrow(() -> new NotFoundException("Engagement", id));
        ContractorAccess.requireRead(viewer, engagement.organisationId());
        return engagement;
    }

    @Transactional(readOnly = true)
    public List<Engagement> engagementsOf(UUID organisationId, Viewer viewer) {
        ContractorAccess.requireRead(viewer, organisationId);
        return engagements.findByOrganisation(organisationId);
    }

    /**
     * The contractor's engagement under way on the day (the latest started if several), read on the site access
     * check's behalf, which applies its own rule of who may ask.
     */
    @Transactional(readOnly = true)
    public Optional<Engagement> underWay(UUID organisationId, LocalDate day) {
        return engagements.findByOrganisation(organisationId).stream()
                .filter(e -> !e.isVoided() && e.status() == EngagementStatus.ACTIVE)
                .filter(e -> !day.isBefore(e.startsOn()) && !day.isAfter(e.endsOn()))
                .max(Comparator.comparing(Engagement::activatedOn));
    }

    /** Whether the person is the mentor of one of the contractor's engagements (planned, under way or done). */
    @Transactional(readOnly = true)
    public boolean mentors(UUID personId, UUID organisationId) {
        return personId != null
                && engagements.findByOrganisation(organisationId).stream()
                        .anyMatch(e -> !e.isVoided() && e.mentorPersonId().equals(personId));
    }

    /** Plans an engagement; a repeated request with the same id returns the stored one. */
    public Created<Engagement> plan(PlanEngagement plan, Viewer viewer) {
        EngagementAccess.requirePlan(viewer);
        return records.create(
                plan.id(),
                CreateRule.checkedBefore(),
                id -> {
                    checks.plan(plan, viewer);
                    return Engagement.planned(id, plan);
                },
                viewer);
    }

    /** Adds a risk of the register, in one of the engagement's areas, to its review. */
    public Engagement addRisk(UUID id, Precondition precondition, UUID riskId, Viewer viewer) {
        var engagement = planning(id, viewer);
        var risk = risks.findRisk(riskId, viewer)
                .filter(found -> !found.isVoided() && engagement.areaIds().contains(found.areaId()))
                .orElseThrow(() -> new InvalidRequestException("riskId", "contractor.rule.riskNotInScope"));
        return records.change(engagement, precondition, changed -> changed.addRisk(risk.id()), viewer);
    }

    /** Enters a new risk of one of the engagement's areas in the register and adds it to the review. */
    public Engagement addNewRisk(UUID id, Precondition precondition, IdentifyRisk details, Viewer viewer) {
        var engagement = planning(id, viewer);
        if (!engagement.areaIds().contains(details.areaId())) {
            throw new InvalidRequestException("areaId", "contractor.rule.riskNotInScope");
        }
        var risk = risks.identify(details, viewer).record();
        return records.change(engagement, precondition, changed -> changed.addRisk(risk.id()), viewer);
    }

    public Engagement removeRisk(UUID id, Precondition precondition, UUID riskId, Viewer viewer) {
        var engagement = planning(id, viewer);
        return records.change(engagement, precondition, changed -> changed.removeRisk(riskId), viewer);
    }

    /** The mentor signs the risk review for the plant, or the contractor's supervisor for the contractor. */
    public Engagement sign(UUID id, Precondition precondition, Viewer viewer) {
        var engagement = engagement(id, viewer);
        var at = Instant.now(clock);
        if (EngagementAccess.isMentor(viewer, engagement)) {
            return records.change(
                    engagement, precondition, changed -> changed.signAsMentor(viewer.personId(), at), viewer);
        }
        if (EngagementAccess.signsForContractor(viewer, engagement)) {
            return records.change(
                    engagement, precondition, changed -> changed.signAsContractor(viewer.personId(), at), viewer);
        }
        throw new AccessDeniedException("signing this engagement's risk review");
    }

    /**
     * Starts the work: only with the signed risk review, the contractor in a status that takes new work and none of
     * its required documents missing, expired or too short for the work starting now.
     */
    public Engagement start(UUID id, Precondition precondition, Viewer viewer) {
        var engagement = engagement(id, viewer);
        requireStarter(engagement, viewer);
        var today = day.today();
        checks.engageable(
                engagement.organisationId(),
                engagement.startsOn().isBefore(today) ? today : engagement.startsOn(),
                viewer);
        return records.change(engagement, precondition, changed -> changed.activate(today), viewer);
    }

    public Engagement close(UUID id, Precondition precondition, Viewer viewer) {
        var engagement = engagement(id, viewer);
        requireStarter(engagement, viewer);
        return records.change(engagement, precondition, Engagement::close, viewer);
    }

    public Engagement voidEngagement(UUID id, String reason, Viewer viewer) {
        var engagement = engagement(id, viewer);
        EngagementAccess.requirePlan(viewer);
        return records.voidRecord(engagement, reason, viewer);
    }

    private Engagement planning(UUID id, Viewer viewer) {
        var engagement = engagement(id, viewer);
        EngagementAccess.requirePlan(viewer);
        return engagement;
    }

    private static void requireStarter(Engagement engagement, Viewer viewer) {
        if (!EngagementAccess.canStart(viewer, engagement)) {
            throw new AccessDeniedException("starting or closing this engagement");
        }
    }
}
