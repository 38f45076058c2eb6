package dev.tandem.notification;

import java.util.List;

/**
 * A kind's ladder as it is to be: its steps (in any order; they are kept by their delay) and the minutes between
 * repeats of the last step, or {@code null} to tell it once.
 */
public record ChangeLadder(List<EscalationStep> steps, Integer repeatEveryMinutes) {

    public ChangeLadder {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
