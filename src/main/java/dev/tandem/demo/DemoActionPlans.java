package dev.tandem.demo;

import dev.tandem.action.ActionPriority;
import dev.tandem.action.ActionStatus;
import dev.tandem.demo.DemoSafetyYear.Reported;
import dev.tandem.demo.DemoSafetyYear.Worker;
import dev.tandem.event.InjuryClass;
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
 * How the plant's people deal with an event that needs putting right: who raises the action and who owns it, which
 * organisation answers for it, how urgent it is, and when each step would be taken. Actions are finished on time
 * more often as the plant improves; a step whose moment lies beyond now has not been taken yet. The standard demo
 * takes the steps through the action services, the enterprise-scale plant writes where they led.
 */
final class DemoActionPlans {

    /**
     * Who plans, carries out and verifies actions.
     *
     * @param safetyDepartment the head of HSE and the HSE specialists, who plan and verify
     * @param areaManagers the line manager owning each area, by area id
     * @param supervisors each contractor's supervisor, by organisation id
     * @param periods when each contractor worked at the plant: its supervisor and people act only then
     */
    record Staff(
            List<Worker> safetyDepartment,
            Map<UUID, Worker> areaManagers,
            Map<UUID, Worker> supervisors,
            DemoWorkingPeriods periods) {}

    /** Someone acting on an action, in one role. */
    record Actor(Worker worker, Role role) {

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

    /**
     * An action and the moments of its steps; those after now are still to come.
     *
     * @param sentBackAt when the verifier sent the work back the first time; null when it passed at once
     * @param redoneAt when it was reported done again after being sent back
     */
    record Plan(
            UUID id,
            Reported event,
            String title,
            Actor planner,
            UUID responsible,
            Actor owner,
            ActionPriority priority,
            Instant raisedAt,
            LocalDate due,
            Instant startedAt,
            Instant doneAt,
            String note,
            Instant sentBackAt,
            String reopenReason,
            Instant redoneAt,
            Instant verifiedAt,
            Actor verifier) {

        /**
         * Where the action stands at {@code now}, as the action services would have left it after the steps taken
         * by then: each step is one version; a verifier who sends the work back clears the day it was done and notes
         * why, and the owner's next report of it done brings the day back.
         */
        Reached reached(Instant now) {
            var reached = new Reached(ActionStatus.OPEN, null, null, null, null, null, 0);
            if (startedAt.isAfter(now)) {
                return reached;
            }
            reached = reached.step(ActionStatus.IN_PROGRESS, null, null);
            if (doneAt.isAfter(now)) {
                return reached;
            }
            reached = reached.step(ActionStatus.DONE, doneAt, note);
            if (sentBackAt != null) {
                if (sentBackAt.isAfter(now)) {
                    return reached;
                }
                reached = reached.step(ActionStatus.IN_PROGRESS, null, note).noting(reopenReason);
                if (redoneAt.isAfter(now)) {
                    return reached;
                }
                reached = reached.step(ActionStatus.DONE, redoneAt, note);
            }
            return verifiedAt.isAfter(now)
                    ? reached
                    : reached.verified(verifiedAt, verifier.worker().personId());
        }
    }

    /** The stored state of an action after the steps taken so far. */
    record Reached(
            ActionStatus status,
            Instant doneAt,
            String completionNote,
            String verificationNote,
            Instant verifiedAt,
            UUID verifiedBy,
            long version) {

        Reached step(ActionStatus next, Instant done, String note) {
            return new Reached(next, done, note, verificationNote, null, null, version + 1);
        }

        Reached noting(String reason) {
            return new Reached(status, doneAt, completionNote, reason, verifiedAt, verifiedBy, version);
        }

        Reached verified(Instant at, UUID by) {
            return new Reached(ActionStatus.VERIFIED, doneAt, completionNote, verificationNote, at, by, version + 1);
        }
    }

    private final DemoTimeline timeline;
    private final Staff staff;
    private final UUID ownerCompany;
    private final Random random;
    private final DemoActionTexts texts;

    DemoActionPlans(DemoTimeline timeline, Staff staff, UUID ownerCompany, DemoActionTexts texts, long seed) {
        this.timeline = timeline;
        this.texts = texts;
        this.staff = staff;
        this.ownerCompany = ownerCompany;
        this.random = new Random(seed);
    }

    /** How many events of a kind lead to an action: every serious injury, most violations, many hazards. */
    static double share(Reported event) {
        return switch (event.type()) {
            case INCIDENT -> event.injury() == InjuryClass.FIRST_AID ? 0.75 : 1.0;
            case VIOLATION -> 0.85;
            case HAZARD -> 0.4;
            case NEAR_MISS -> 0.25;
            case IMPROVEMENT_PROPOSAL -> 0.15;
            case EARLY_WARNING -> 0.0;
        };
    }

    /** Whether a reviewed event leads to an action, by its {@link #share}. */
    boolean needsAction(Reported event) {
        return event.reviewedAt() != null && random.nextDouble() < share(event);
    }

    /**
     * Raised within two days of the review; started within days; finished by the due date more often as the plant
     * improves, else some weeks late, and now and then months late; verified within days, once in a while sent back
     * first. A contractor answers for it only while it works at the plant until the action is verified.
     */
    Plan plan(UUID id, Reported event) {
        var planner = planner(event);
        var responsible = responsible(event);
        var owner = owner(event, responsible, planner);
        var priority = priority(event);
        var raisedAt = timeline.hoursAfter(event.reviewedAt(), 1, 48);
        var due = raisedAt.atZone(DemoCatalogue.ZONE).toLocalDate().plusDays(dueInDays(priority));
        var title = texts.actionTitle(event.type(), random);
        var started = timeline.planned(raisedAt, Duration.ofHours(2), Duration.ofDays(3));
        var dueEnd = due.atTime(LocalTime.of(18, 0)).atZone(DemoCatalogue.ZONE).toInstant();
        double roll = random.nextDouble();
        Instant done;
        if (roll < 0.04) {
            done = timeline.planned(dueEnd, Duration.ofDays(30), Duration.ofDays(120));
        } else if (roll < 0.1 + 0.3 * (1 - event.progress())) {
            done = timeline.planned(dueEnd, Duration.ofDays(1), Duration.ofDays(25));
        } else {
            done = started.isBefore(dueEnd)
                    ? timeline.planned(started, Duration.ZERO, Duration.between(started, dueEnd))
                    : started;
        }
        var note = texts.completionNote(random);
        Instant sentBack = null;
        String reason = null;
        Instant redone = null;
        var checked = timeline.planned(done, Duration.ofHours(4), Duration.ofDays(5));
        if (random.nextInt(16) == 0) {
            sentBack = checked;
            reason = texts.reopenReason(random);
            redone = timeline.planned(sentBack, Duration.ofDays(1), Duration.ofDays(7));
            checked = timeline.planned(redone, Duration.ofHours(4), Duration.ofDays(3));
        }
        if (!staff.periods().works(responsible, raisedAt, checked)) {
            // the contractor left before the action would be verified: the plant takes it on
            responsible = ownerCompany;
            owner = owner(event, responsible, planner);
        }
        return new Plan(
                id,
                event,
                title,
                planner,
                responsible,
                owner,
                priority,
                raisedAt,
                due,
                started,
                done,
                note,
                sentBack,
                reason,
                redone,
                checked,
                verifier(owner));
    }

    /** The line manager owning the area raises most of its actions; the safety department the rest. */
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

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
