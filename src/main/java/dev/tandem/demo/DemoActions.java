package dev.tandem.demo;

import dev.tandem.action.ActionPlanning;
import dev.tandem.action.ActionPriority;
import dev.tandem.action.ActionProgress;
import dev.tandem.action.RaiseAction;
import dev.tandem.action.SourceType;
import dev.tandem.demo.DemoSafetyYear.Reported;
import dev.tandem.demo.DemoSafetyYear.Worker;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * The corrective actions of the demo year, raised and carried out through the action services as the plant's people
 * would have done it, each step at its own time: most violations and incidents and many hazards get an action, its
 * owner starts and finishes it, and the safety department verifies it. Actions are finished on time more often as
 * the year goes on; those whose next step lies beyond today stay open, in progress, done or overdue.
 */
final class DemoActions {

    /**
     * Who plans, carries out and verifies actions.
     *
     * @param safetyDepartment the head of HSE and the HSE specialists, who plan and verify
     * @param areaManagers the line manager owning each area, by area id
     * @param supervisors each contractor's supervisor, by organisation id
     */
    record Staff(List<Worker> safetyDepartment, Map<UUID, Worker> areaManagers, Map<UUID, Worker> supervisors) {}

    /** Someone acting on an action, and the roles they act in. */
    private record Actor(Worker worker, Role role) {

        Viewer viewer() {
            return new Viewer(
                    null,
                    "demo",
                    worker.name(),
                    worker.personId(),
                    worker.organisationId(),
                    worker.contractor(),
                    worker.siteId(),
                    Set.of(role));
        }
    }

    private final ActionPlanning planning;
    private final ActionProgress progress;
    private final DemoTimeline timeline;
    private final Staff staff;
    private final UUID ownerCompany;
    private final Random random = new Random(DemoRun.SEED + 2);
    private int actions;

    DemoActions(
            ActionPlanning planning, ActionProgress progress, DemoTimeline timeline, Staff staff, UUID ownerCompany) {
        this.planning = planning;
        this.progress = progress;
        this.timeline = timeline;
        this.staff = staff;
        this.ownerCompany = ownerCompany;
    }

    /** Raises actions on the reviewed events and takes each as far as its timeline reached; answers how many. */
    int generate(List<Reported> events) {
        for (var event : events) {
            if (event.reviewedAt() != null && random.nextDouble() < share(event)) {
                raise(event);
            }
        }
        return actions;
    }

    /** How many events of a kind lead to an action: every serious injury, most violations, many hazards. */
    private static double share(Reported event) {
        return switch (event.type()) {
            case INCIDENT -> event.injury() == dev.tandem.event.InjuryClass.FIRST_AID ? 0.75 : 1.0;
            case VIOLATION -> 0.85;
            case HAZARD -> 0.4;
            case NEAR_MISS -> 0.25;
            case IMPROVEMENT_PROPOSAL -> 0.15;
            case EARLY_WARNING -> 0.0;
        };
    }

    private void raise(Reported event) {
        var planner = planner(event);
        var responsible = responsible(event);
        var owner = owner(event, responsible, planner);
        var priority = priority(event);
        var raisedAt = timeline.hoursAfter(event.reviewedAt(), 1, 48);
        var due = day(raisedAt).plusDays(dueInDays(priority));
        var id = DemoRun.id("action", actions++);
        var raise = new RaiseAction(
                id,
                DemoCatalogue.actionTitle(event.type(), random),
                null,
                SourceType.EVENT,
                event.id(),
                null,
                owner.worker().personId(),
                responsible,
                due,
                priority);
        timeline.at(raisedAt, () -> planning.raise(raise, planner.viewer()));
        carryOut(id, owner, raisedAt, due, event.progress());
    }

    /**
     * Started within days; finished by the due date more often as the year goes on, else some weeks late, and now and
     * then months late; verified within days, once in a while sent back first.
     */
    private void carryOut(UUID id, Actor owner, Instant raisedAt, LocalDate due, double yearProgress) {
        var started = timeline.planned(raisedAt, Duration.ofHours(2), Duration.ofDays(3));
        var dueEnd = due.atTime(LocalTime.of(18, 0)).atZone(DemoCatalogue.ZONE).toInstant();
        double roll = random.nextDouble();
        Instant done;
        if (roll < 0.04) {
            done = timeline.planned(dueEnd, Duration.ofDays(30), Duration.ofDays(120));
        } else if (roll < 0.1 + 0.3 * (1 - yearProgress)) {
            done = timeline.planned(dueEnd, Duration.ofDays(1), Duration.ofDays(25));
        } else {
            done = started.isBefore(dueEnd)
                    ? timeline.planned(started, Duration.ZERO, Duration.between(started, dueEnd))
                    : started;
        }
        var note = DemoCatalogue.completionNote(random);
        boolean sentBack = random.nextInt(16) == 0;
        var reopenReason = DemoCatalogue.reopenReason(random);
        var verifier = verifier(owner);
        if (!step(started, () -> progress.start(id, Precondition.none(), owner.viewer()))
                || !step(done, () -> progress.complete(id, Precondition.none(), note, owner.viewer()))) {
            return;
        }
        var checked = timeline.planned(done, Duration.ofHours(4), Duration.ofDays(5));
        if (sentBack) {
            if (!step(checked, () -> planning.reopen(id, Precondition.none(), reopenReason, verifier.viewer()))) {
                return;
            }
            var redone = timeline.planned(checked, Duration.ofDays(1), Duration.ofDays(7));
            if (!step(redone, () -> progress.complete(id, Precondition.none(), note, owner.viewer()))) {
                return;
            }
            checked = timeline.planned(redone, Duration.ofHours(4), Duration.ofDays(3));
        }
        step(checked, () -> planning.verify(id, Precondition.none(), verifier.viewer()));
    }

    /** Takes a step if its moment has come; answers whether it did. */
    private boolean step(Instant at, Runnable step) {
        if (!timeline.hasHappened(at)) {
            return false;
        }
        timeline.at(at, () -> {
            step.run();
            return null;
        });
        return true;
    }

    /** The line manager owning the area raises its actions; the safety department those of places without one. */
    private Actor planner(Reported event) {
        var manager = event.areaId() == null ? null : staff.areaManagers().get(event.areaId());
        return manager != null && random.nextInt(4) > 0
                ? new Actor(manager, Role.LINE_MANAGER)
                : new Actor(pick(staff.safetyDepartment()), Role.HSE_SPECIALIST);
    }

    /**
     * A contractor answers for its own violations and, mostly, its incidents; the plant puts right most of the
     * hazards and near misses contractors find on its premises.
     */
    private UUID responsible(Reported event) {
        if (!event.contractor()) {
            return ownerCompany;
        }
        double contractorsShare =
                switch (event.type()) {
                    case VIOLATION -> 1.0;
                    case INCIDENT -> 0.6;
                    default -> 0.35;
                };
        return random.nextDouble() < contractorsShare ? event.organisationId() : ownerCompany;
    }

    /** A contractor's supervisor owns most of its actions, its mentor among the line managers the rest. */
    private Actor owner(Reported event, UUID responsible, Actor planner) {
        var supervisor = staff.supervisors().get(responsible);
        if (supervisor != null && random.nextInt(10) < 7) {
            return new Actor(supervisor, Role.CONTRACTOR_SUPERVISOR);
        }
        var manager = event.areaId() == null ? null : staff.areaManagers().get(event.areaId());
        if (manager != null && random.nextInt(10) < 6) {
            return new Actor(manager, Role.LINE_MANAGER);
        }
        return random.nextBoolean() ? planner : new Actor(pick(staff.safetyDepartment()), Role.HSE_SPECIALIST);
    }

    /** Four eyes: someone of the safety department other than the owner. */
    private Actor verifier(Actor owner) {
        var verifier = pick(staff.safetyDepartment());
        while (verifier.personId().equals(owner.worker().personId())) {
            verifier = pick(staff.safetyDepartment());
        }
        return new Actor(verifier, Role.HSE_SPECIALIST);
    }

    private ActionPriority priority(Reported event) {
        int roll = random.nextInt(10);
        return switch (event.type()) {
            case INCIDENT ->
                switch (event.injury()) {
                    case FATALITY, LOST_TIME -> ActionPriority.CRITICAL;
                    case RESTRICTED_WORK, MEDICAL_TREATMENT -> ActionPriority.HIGH;
                    case FIRST_AID -> ActionPriority.MEDIUM;
                };
            case VIOLATION -> roll < 6 ? ActionPriority.HIGH : ActionPriority.MEDIUM;
            case NEAR_MISS -> roll < 3 ? ActionPriority.HIGH : ActionPriority.MEDIUM;
            case HAZARD -> roll < 1 ? ActionPriority.HIGH : roll < 7 ? ActionPriority.MEDIUM : ActionPriority.LOW;
            case IMPROVEMENT_PROPOSAL, EARLY_WARNING -> ActionPriority.LOW;
        };
    }

    private int dueInDays(ActionPriority priority) {
        return switch (priority) {
            case CRITICAL -> 3 + random.nextInt(5);
            case HIGH -> 7 + random.nextInt(8);
            case MEDIUM -> 14 + random.nextInt(17);
            case LOW -> 30 + random.nextInt(31);
        };
    }

    private static LocalDate day(Instant at) {
        return at.atZone(DemoCatalogue.ZONE).toLocalDate();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
