package dev.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.action.ActionPriority;
import dev.tandem.action.ActionStatus;
import dev.tandem.demo.DemoActionPlans.Actor;
import dev.tandem.demo.DemoActionPlans.Plan;
import dev.tandem.demo.DemoSafetyYear.Reported;
import dev.tandem.demo.DemoSafetyYear.Worker;
import dev.tandem.event.EventType;
import dev.tandem.shared.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DemoActionPlansTests {

    private static final Instant RAISED = Instant.parse("2026-03-02T08:00:00Z");

    private final Actor owner = actor(1, Role.LINE_MANAGER);
    private final Actor verifier = actor(2, Role.HSE_SPECIALIST);

    @Test
    void anActionStandsWhereItsStepsUpToNowLeftItOneVersionAStep() {
        var plan = plan(null);
        assertThat(plan.reached(day(0)).status()).isEqualTo(ActionStatus.OPEN);
        assertThat(plan.reached(day(0)).version()).isZero();
        assertThat(plan.reached(day(1)).status()).isEqualTo(ActionStatus.IN_PROGRESS);
        var done = plan.reached(day(5));
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThat(done.doneAt()).isEqualTo(day(4));
        assertThat(done.completionNote()).isEqualTo("Fixed");
        assertThat(done.verifiedAt()).isNull();
        var verified = plan.reached(day(30));
        assertThat(verified.status()).isEqualTo(ActionStatus.VERIFIED);
        assertThat(verified.verifiedBy())
                .isEqualTo(verifier.worker().personId())
                .isNotEqualTo(owner.worker().personId());
        assertThat(verified.version()).isEqualTo(3);
    }

    @Test
    void workSentBackLosesItsDayDoneUntilItIsDoneAgain() {
        var plan = plan(day(6));
        var sentBack = plan.reached(day(7));
        assertThat(sentBack.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(sentBack.doneAt()).isNull();
        assertThat(sentBack.verificationNote()).isEqualTo("Only half done");
        var redone = plan.reached(day(9));
        assertThat(redone.status()).isEqualTo(ActionStatus.DONE);
        assertThat(redone.doneAt()).isEqualTo(day(8));
        var verified = plan.reached(day(30));
        assertThat(verified.status()).isEqualTo(ActionStatus.VERIFIED);
        assertThat(verified.version()).isEqualTo(5);
        assertThat(verified.verificationNote()).isEqualTo("Only half done");
    }

    private Plan plan(Instant sentBack) {
        var event = new Reported(
                DemoRun.id("event", 1),
                EventType.HAZARD,
                RAISED.minus(Duration.ofDays(1)),
                DemoRun.id("site", 0),
                null,
                DemoRun.id("organisation", 0),
                false,
                null,
                0.5);
        return new Plan(
                DemoRun.id("action", 1),
                event,
                "Repair the guard rail",
                owner,
                event.organisationId(),
                owner,
                ActionPriority.MEDIUM,
                RAISED,
                LocalDate.of(2026, 3, 20),
                day(1),
                day(4),
                "Fixed",
                sentBack,
                sentBack == null ? null : "Only half done",
                sentBack == null ? null : day(8),
                sentBack == null ? day(6) : day(10),
                verifier);
    }

    private static Instant day(int n) {
        return RAISED.plus(Duration.ofDays(n));
    }

    private static Actor actor(int n, Role role) {
        return new Actor(
                new Worker(DemoRun.id("person", n), "Person " + n, DemoRun.id("organisation", 0), false, null), role);
    }
}
