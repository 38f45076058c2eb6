package dev.tandem.notification.web;

import dev.tandem.notification.ChangeLadder;
import dev.tandem.notification.EscalationLadder;
import dev.tandem.notification.EscalationStep;
import dev.tandem.notification.RecipientRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A ladder on its page: a row per step (a row without a role is left out, so the blank rows below the steps add
 * new ones) and the repeat of the last step.
 */
record LadderForm(
        @Valid @Size(max = 12) List<StepRow> steps, @Min(1) @Max(100_000) Integer repeatEvery, Unit repeatUnit) {

    /** Blank rows offered under the steps for new ones. */
    private static final int BLANK_ROWS = 2;

    LadderForm {
        steps = steps == null ? List.of() : steps;
    }

    record StepRow(@Min(0) @Max(100_000) Integer after, Unit unit, RecipientRole role) {

        static StepRow of(EscalationStep step) {
            var unit = Unit.fitting(step.afterMinutes());
            return new StepRow(step.afterMinutes() / unit.minutes, unit, step.role());
        }
    }

    /** The units a delay is given in. */
    enum Unit {
        MINUTES(1),
        HOURS(60),
        DAYS(24 * 60);

        final int minutes;

        Unit(int minutes) {
            this.minutes = minutes;
        }

        /** The largest unit that says the minutes exactly. */
        static Unit fitting(int minutes) {
            return minutes % DAYS.minutes == 0 ? DAYS : minutes % HOURS.minutes == 0 ? HOURS : MINUTES;
        }

        int of(Integer amount) {
            return Math.multiplyExact(amount == null ? 0 : amount, minutes);
        }
    }

    static LadderForm of(EscalationLadder ladder) {
        var rows = new ArrayList<StepRow>();
        Integer repeatEvery = null;
        var repeatUnit = Unit.HOURS;
        if (ladder != null) {
            ladder.steps().forEach(step -> rows.add(StepRow.of(step)));
            if (ladder.repeatEveryMinutes() != null) {
                repeatUnit = Unit.fitting(ladder.repeatEveryMinutes());
                repeatEvery = ladder.repeatEveryMinutes() / repeatUnit.minutes;
            }
        }
        return new LadderForm(rows, repeatEvery, repeatUnit);
    }

    /** The indexes of the blank rows the page offers under the steps, for new ones. */
    public List<Integer> blankRows() {
        return IntStream.range(steps.size(), steps.size() + BLANK_ROWS).boxed().toList();
    }

    ChangeLadder command() {
        var chosen = steps.stream()
                .filter(row -> row != null && row.role() != null)
                .map(row ->
                        new EscalationStep((row.unit() == null ? Unit.DAYS : row.unit()).of(row.after()), row.role()))
                .toList();
        var repeat = repeatEvery == null ? null : (repeatUnit == null ? Unit.HOURS : repeatUnit).of(repeatEvery);
        return new ChangeLadder(chosen, repeat);
    }
}
