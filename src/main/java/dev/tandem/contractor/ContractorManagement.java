package dev.tandem.contractor;

import dev.tandem.contractor.engagement.EngagementDesk;
import dev.tandem.contractor.engagement.PlanEngagement;
import dev.tandem.contractor.onboarding.OnboardingDesk;
import dev.tandem.contractor.onboarding.OnboardingStep;
import dev.tandem.contractor.prequalification.ContractorRegister;
import dev.tandem.contractor.prequalification.DefinePolicy;
import dev.tandem.contractor.prequalification.PolicyRegister;
import dev.tandem.organisation.OrganisationStatus;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * What another module may do with contractors (the demo plant does it all): the commands the contractors' pages give,
 * through the same services and so with the same rules of access, each as the given viewer and on the record as it
 * stands. Its commands ({@link PlanEngagement}, {@link DefinePolicy}) are the module's named interface "commands".
 */
@Service
public class ContractorManagement {

    private final PolicyRegister policies;
    private final ContractorRegister contractors;
    private final EngagementDesk engagements;
    private final OnboardingDesk onboarding;

    ContractorManagement(
            PolicyRegister policies,
            ContractorRegister contractors,
            EngagementDesk engagements,
            OnboardingDesk onboarding) {
        this.policies = policies;
        this.contractors = contractors;
        this.engagements = engagements;
        this.onboarding = onboarding;
    }

    /** Defines a contractor type and the documents it requires; the same id sent again makes no second one. */
    public UUID defineType(UUID id, DefinePolicy type, Viewer viewer) {
        return policies.define(id, type, viewer).record().id();
    }

    /** Gives the contractor a type, whose documents it must then hold. */
    public void classify(UUID contractorId, UUID typeId, Viewer viewer) {
        contractors.classify(contractorId, Precondition.none(), typeId, viewer);
    }

    /** Moves the contractor along its lifecycle with the reason the history keeps. */
    public void changeStatus(UUID contractorId, OrganisationStatus next, String reason, Viewer viewer) {
        contractors.changeStatus(contractorId, Precondition.none(), next, reason, viewer);
    }

    /** Plans an engagement with its mentor; the same id sent again makes no second one. */
    public UUID planEngagement(PlanEngagement plan, Viewer viewer) {
        return engagements.plan(plan, viewer).record().id();
    }

    /** Adds a risk of the register, in one of the engagement's areas, to its risk review. */
    public void addRisk(UUID engagementId, UUID riskId, Viewer viewer) {
        engagements.addRisk(engagementId, Precondition.none(), riskId, viewer);
    }

    /** Signs the engagement's risk review: for the plant by its mentor, for the contractor by its supervisor. */
    public void signRiskReview(UUID engagementId, Viewer viewer) {
        engagements.sign(engagementId, Precondition.none(), viewer);
    }

    /** Starts the work, which starts the contractor's onboarding with its first engagement. */
    public void startEngagement(UUID engagementId, Viewer viewer) {
        engagements.start(engagementId, Precondition.none(), viewer);
    }

    public void closeEngagement(UUID engagementId, Viewer viewer) {
        engagements.close(engagementId, Precondition.none(), viewer);
    }

    /** The steps of the contractor's onboarding still open that a person ticks by hand, by the day they are due. */
    public List<UUID> stepsToTick(UUID contractorId, Viewer viewer) {
        return onboarding.onboardingOf(contractorId, viewer).stream()
                .flatMap(started -> started.steps().stream())
                .filter(step -> !step.ticked() && !step.kind().recorded())
                .sorted(Comparator.comparingInt(OnboardingStep::dueDay))
                .map(OnboardingStep::stepId)
                .toList();
    }

    /** Ticks a step of the contractor's onboarding by hand, as its mentor or the safety department. */
    public void tick(UUID contractorId, UUID stepId, Viewer viewer) {
        onboarding.tick(contractorId, stepId, Precondition.none(), viewer);
    }
}
