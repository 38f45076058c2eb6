package dev.tandem.contractor.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** When an onboarding counts as completed, whatever the order its ticks arrive in. */
class OnboardingTests {

    private static final LocalDate STARTED = LocalDate.of(2026, 3, 2);

    private final ProgrammeStep induction =
            new ProgrammeStep(UUID.randomUUID(), StepKind.INDUCTION, "Induction", 1, 1L);
    private final ProgrammeStep inspection =
            new ProgrammeStep(UUID.randomUUID(), StepKind.JOINT_INSPECTION, "First joint inspection", 14, 1L);

    private final Onboarding onboarding = Onboarding.started(
            UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), STARTED, List.of(induction, inspection));

    /**
     * A record is heard after the transaction that made it: a joint inspection of day 10 may tick its step after the
     * induction was ticked by hand on day 35. The onboarding was complete on day 35, late, not on day 10.
     */
    @Test
    void isCompletedOnTheDayOfItsLatestTickNotOfTheTickHeardLast() {
        onboarding.tickByHand(induction.id(), UUID.randomUUID(), STARTED.plusDays(35));
        assertThat(onboarding.completedOn()).isNull();

        assertThat(onboarding.recorded(StepKind.JOINT_INSPECTION, UUID.randomUUID(), STARTED.plusDays(10)))
                .isTrue();

        assertThat(onboarding.completedOn()).isEqualTo(STARTED.plusDays(35));
        assertThat(onboarding.integratedInTime()).isFalse();
    }

    @Test
    void isIntegratedInTimeWhenItsLastStepIsTickedWithinItsDays() {
        onboarding.recorded(StepKind.JOINT_INSPECTION, UUID.randomUUID(), STARTED.plusDays(12));
        onboarding.tickByHand(induction.id(), UUID.randomUUID(), STARTED.plusDays(Onboarding.DAYS));

        assertThat(onboarding.completedOn()).isEqualTo(STARTED.plusDays(Onboarding.DAYS));
        assertThat(onboarding.integratedInTime()).isTrue();
    }

    /**
     * The first joint inspection ticks its step, whichever is heard first: a later inspection's record heard before it
     * gives way to it, and the onboarding counts as completed on the first one's day, in time.
     */
    @Test
    void theFirstRecordMadeTicksItsStepWhicheverIsHeardFirst() {
        var first = UUID.randomUUID();
        onboarding.tickByHand(induction.id(), UUID.randomUUID(), STARTED.plusDays(3));
        assertThat(onboarding.recorded(StepKind.JOINT_INSPECTION, UUID.randomUUID(), STARTED.plusDays(42)))
                .isTrue();
        assertThat(onboarding.integratedInTime()).isFalse();

        assertThat(onboarding.recorded(StepKind.JOINT_INSPECTION, first, STARTED.plusDays(14)))
                .isTrue();
        assertThat(onboarding.recorded(StepKind.JOINT_INSPECTION, UUID.randomUUID(), STARTED.plusDays(28)))
                .as("a record made after the first ticks nothing")
                .isFalse();

        assertThat(onboarding.completedOn()).isEqualTo(STARTED.plusDays(14));
        assertThat(onboarding.integratedInTime()).isTrue();
        assertThat(onboarding.steps())
                .filteredOn(step -> step.kind() == StepKind.JOINT_INSPECTION)
                .extracting(OnboardingStep::recordId)
                .containsExactly(first);
    }
}
