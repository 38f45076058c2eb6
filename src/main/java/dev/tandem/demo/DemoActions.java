package dev.tandem.demo;

import dev.tandem.action.ActionPlanning;
import dev.tandem.action.ActionProgress;
import dev.tandem.action.RaiseAction;
import dev.tandem.action.SourceType;
import dev.tandem.demo.DemoActionPlans.Plan;
import dev.tandem.demo.DemoSafetyYear.Reported;
import dev.tandem.shared.Precondition;
import java.util.List;

/**
 * The corrective actions of the demo year, raised and carried out through the action services as the plant's people
 * would have done it, each step at its own time, as far as each had got by now: most are verified, the latest are
 * open, in progress or done, and a few are overdue.
 */
final class DemoActions {

    private final ActionPlanning planning;
    private final ActionProgress progress;
    private final DemoTimeline timeline;
    private final DemoActionPlans plans;
    private int actions;

    DemoActions(ActionPlanning planning, ActionProgress progress, DemoTimeline timeline, DemoActionPlans plans) {
        this.planning = planning;
        this.progress = progress;
        this.timeline = timeline;
        this.plans = plans;
    }

    /** Raises actions on the reviewed events and takes each as far as its timeline reached; answers how many. */
    int generate(List<Reported> events) {
        for (var event : events) {
            if (plans.needsAction(event)) {
                carryOut(plans.plan(DemoRun.id("action", actions++), event));
            }
        }
        return actions;
    }

    private void carryOut(Plan plan) {
        var id = plan.id();
        var raise = new RaiseAction(
                id,
                plan.title(),
                null,
                SourceType.EVENT,
                plan.event().id(),
                null,
                plan.owner().worker().personId(),
                plan.responsible(),
                plan.due(),
                plan.priority());
        var owner = plan.owner().viewer();
        var verifier = plan.verifier().viewer();
        timeline.take(
                plan.raisedAt(), () -> planning.raise(raise, plan.planner().viewer()));
        if (!timeline.take(plan.startedAt(), () -> progress.start(id, Precondition.none(), owner))
                || !timeline.take(
                        plan.doneAt(), () -> progress.complete(id, Precondition.none(), plan.note(), owner))) {
            return;
        }
        if (plan.sentBackAt() != null
                && (!timeline.take(
                                plan.sentBackAt(),
                                () -> planning.reopen(id, Precondition.none(), plan.reopenReason(), verifier))
                        || !timeline.take(
                                plan.redoneAt(),
                                () -> progress.complete(id, Precondition.none(), plan.note(), owner)))) {
            return;
        }
        timeline.take(plan.verifiedAt(), () -> planning.verify(id, Precondition.none(), verifier));
    }
}
