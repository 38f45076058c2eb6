package dev.tandem.investigation.analysis;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * "Did it work?": a machine's failures for one reason in a window, measured the same way before and after the
 * investigation's actions were verified. A failure counts in the window it starts in, with its repair up to the
 * window's end (one still going on, up to then). MTTR is the repair time over the failures; MTBF the time the machine
 * was not down for the reason in the window (a failure begun before it counts as downtime there) over the failures;
 * neither without a failure.
 */
public final class Effectiveness {

    /** How far before and after the verification the windows reach. */
    public static final Duration WINDOW = Duration.ofDays(90);

    private Effectiveness() {}

    /** A failure of the machine for the reason: when it went down and, unless still down, came back. */
    public record Failure(Instant startedAt, Instant endedAt) {}

    /** What a window saw. */
    public record Figures(Instant from, Instant to, int failures, Duration repairs, Duration downtime) {

        public Optional<Duration> mttr() {
            return failures == 0 ? Optional.empty() : Optional.of(repairs.dividedBy(failures));
        }

        public Optional<Duration> mtbf() {
            return failures == 0
                    ? Optional.empty()
                    : Optional.of(Duration.between(from, to).minus(downtime).dividedBy(failures));
        }
    }

    /** The windows either side of the moment the actions were verified; the second ends at {@code now} at the latest. */
    public record Verdict(Instant verifiedAt, Figures before, Figures after, boolean afterComplete) {}

    public static Verdict around(Instant verifiedAt, List<Failure> failures, Instant now) {
        var afterEnd = verifiedAt.plus(WINDOW);
        var complete = !afterEnd.isAfter(now);
        return new Verdict(
                verifiedAt,
                measure(failures, verifiedAt.minus(WINDOW), verifiedAt),
                measure(failures, verifiedAt, complete ? afterEnd : now),
                complete);
    }

    static Figures measure(List<Failure> failures, Instant from, Instant to) {
        var count = 0;
        var repairs = Duration.ZERO;
        var down = Duration.ZERO;
        for (var failure : failures) {
            var start = failure.startedAt();
            var end = failure.endedAt() == null || failure.endedAt().isAfter(to) ? to : failure.endedAt();
            var clippedStart = start.isBefore(from) ? from : start;
            var inside = end.isAfter(clippedStart) ? Duration.between(clippedStart, end) : Duration.ZERO;
            down = down.plus(inside);
            if (!start.isBefore(from) && start.isBefore(to)) {
                count++;
                repairs = repairs.plus(inside);
            }
        }
        return new Figures(from, to, count, repairs, down);
    }
}
