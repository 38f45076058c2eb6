package dev.tandem.contractor.onboarding;

import dev.tandem.contractor.ContractorAccess;
import dev.tandem.contractor.engagement.EngagementDesk;
import dev.tandem.contractor.prequalification.PlantDay;
import dev.tandem.history.AuditedRecords;
import dev.tandem.history.CreateRule;
import dev.tandem.history.Created;
import dev.tandem.history.History;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 30-day onboarding: the programme the safety department keeps, each new contractor's onboarding started with
 * its first engagement, its steps ticked by hand by the mentor or the safety department, or by other modules' records.
 */
@Service
@Transactional
public class OnboardingDesk {

    /** Who records what other modules' records tick: its name is read in the reader's language (history.author.*). */
    private static final Viewer RECORDS = Viewer.automated("onboarding", "Onboarding");

    private final ProgrammeSteps programme;
    private final Onboardings onboardings;
    private final AuditedRecords<ProgrammeStep> stepRecords;
    private final AuditedRecords<Onboarding> records;
    private final EngagementDesk engagements;
    private final PlantDay day;

    OnboardingDesk(
            ProgrammeSteps programme,
            Onboardings onboardings,
            History history,
            EngagementDesk engagements,
            PlantDay day) {
        this.programme = programme;
        this.onboardings = onboardings;
        this.stepRecords = history.auditing(programme, (viewer, step) -> ContractorAccess.readsContractors(viewer));
        this.records = history.auditing(
                onboardings, (viewer, onboarding) -> ContractorAccess.canRead(viewer, onboarding.organisationId()));
        this.engagements = engagements;
        this.day = day;
    }

    /** The programme's current steps, by the day they are due. */
    @Transactional(readOnly = true)
    public List<ProgrammeStep> programme(Viewer viewer) {
        requireReadsContractors(viewer);
        return programme.findCurrent();
    }

    @Transactional(readOnly = true)
    public ProgrammeStep step(UUID id, Viewer viewer) {
        requireReadsContractors(viewer);
        return programme.findById(id).orElseThrow(() -> new NotFoundException("Onboarding step", id));
    }

    /** Adds a step to the programme: onboardings that start from now on have it. */
    public Created<ProgrammeStep> defineStep(DefineStep step, Viewer viewer) {
        ContractorAccess.requireDecide(viewer);
        return stepRecords.create(step.id(), CreateRule.checkedBefore(), made -> ProgrammeStep.of(made, step), viewer);
    }

    public ProgrammeStep reviseStep(UUID id, Precondition precondition, DefineStep step, Viewer viewer) {
        ContractorAccess.requireDecide(viewer);
        return stepRecords.change(step(id, viewer), precondition, changed -> changed.revise(step), viewer);
    }

    public ProgrammeStep retireStep(UUID id, String reason, Viewer viewer) {
        ContractorAccess.requireDecide(viewer);
        return stepRecords.voidRecord(step(id, viewer), reason, viewer);
    }

    /** The contractor's onboarding, if it has started. */
    @Transactional(readOnly = true)
    public Optional<Onboarding> onboardingOf(UUID organisationId, Viewer viewer) {
        ContractorAccess.requireRead(viewer, organisationId);
        return onboardings.findByOrganisation(organisationId);
    }

    /** Whether the viewer ticks the contractor's steps by hand: its mentor or the safety department. */
    @Transactional(readOnly = true)
    public boolean canTick(UUID organisationId, Viewer viewer) {
        return ContractorAccess.canDecide(viewer)
                || (!viewer.contractor() && engagements.mentors(viewer.personId(), organisationId));
    }

    /** Ticks a step by hand; a step another module records is refused on its field. */
    public Onboarding tick(UUID organisationId, UUID stepId, Precondition precondition, Viewer viewer) {
        var onboarding = onboardingOf(organisationId, viewer)
                .orElseThrow(() -> new NotFoundException("Onboarding", organisationId));
        if (!canTick(organisationId, viewer)) {
            throw new AccessDeniedException("ticking onboarding steps");
        }
        var today = day.today();
        return records.change(
                onboarding, precondition, changed -> changed.tickByHand(stepId, viewer.personId(), today), viewer);
    }

    /** Starts a contractor's onboarding with its first engagement; a contractor is onboarded once. */
    void begin(UUID organisationId, UUID engagementId, java.time.LocalDate on) {
        if (onboardings.findByOrganisation(organisationId).isPresent()) {
            return;
        }
        records.createNew(
                id -> Onboarding.started(id, organisationId, engagementId, on, programme.findCurrent()), RECORDS);
    }

    /**
     * Another module's record of the contractor ticks the first open step of its kind, if it is onboarding and the
     * record was made on or after the day its onboarding started.
     */
    void recorded(UUID organisationId, StepKind kind, UUID recordId, Instant at) {
        if (organisationId == null) {
            return;
        }
        var on = day.dayOf(at);
        onboardings
                .lockByOrganisation(organisationId)
                .filter(onboarding -> onboarding.awaits(kind, on))
                .ifPresent(onboarding -> records.change(
                        onboarding, Precondition.none(), changed -> changed.recorded(kind, recordId, on), RECORDS));
    }

    private static void requireReadsContractors(Viewer viewer) {
        if (!ContractorAccess.readsContractors(viewer)) {
            throw new AccessDeniedException("reading contractors");
        }
    }
}
