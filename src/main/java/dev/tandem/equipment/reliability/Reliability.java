package dev.tandem.equipment.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * How reliably a machine ran in a window of time, from {@code from} up to {@code to}, measured on its dispatch timeline. Every
 * period is clipped to the window: a state holds from its change until the next change (the last one until the end
 * of the window), and time before the first change is unknown.
 *
 * <ul>
 *   <li>failures: unplanned downtimes that start in the window;
 *   <li>MTBF = running time in the window / failures;
 *   <li>MTTR = unplanned downtime in the window / failures;
 * </ul>
 *
 * Neither is defined without a failure. Planned downtime (maintenance, changeovers) is counted apart and is no
 * failure.
 *
 * @param to the end of the window, never later than the moment it was measured
 */
public record Reliability(
        UUID equipmentId,
        Instant from,
        Instant to,
        Duration running,
        Duration idle,
        Duration plannedDown,
        Duration unplannedDown,
        Duration unknown,
        int failures,
        int plannedStops) {

    /** Mean time between failures: running time per failure; empty without a failure. */
    public Optional<Duration> mtbf() {
        return failures == 0 ? Optional.empty() : Optional.of(running.dividedBy(failures));
    }

    /** Mean time to repair: unplanned downtime per failure; empty without a failure. */
    public Optional<Duration> mttr() {
        return failures == 0 ? Optional.empty() : Optional.of(unplannedDown.dividedBy(failures));
    }

    /**
     * @param timeline the machine's current changes, oldest first, starting with the last one before {@code from}
     *     (if any); later ones are ignored
     */
    public static Reliability measure(UUID equipmentId, List<Moment> timeline, Instant from, Instant to) {
        var time = new EnumMap<Bucket, Duration>(Bucket.class);
        for (var bucket : Bucket.values()) {
            time.put(bucket, Duration.ZERO);
        }
        for (int i = 0; i < timeline.size(); i++) {
            var moment = timeline.get(i);
            var start = later(moment.at(), from);
            var end = i + 1 < timeline.size() ? earlier(timeline.get(i + 1).at(), to) : to;
            if (end.isAfter(start)) {
                time.merge(Bucket.of(moment), Duration.between(start, end), Duration::plus);
            }
        }
        var known = time.values().stream().reduce(Duration.ZERO, Duration::plus);
        var window = to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
        int failures = 0;
        int plannedStops = 0;
        for (var run : DowntimeRuns.of(timeline)) {
            if (!run.startedAt().isBefore(from) && run.startedAt().isBefore(to)) {
                if (run.planned()) {
                    plannedStops++;
                } else {
                    failures++;
                }
            }
        }
        return new Reliability(
                equipmentId,
                from,
                to,
                time.get(Bucket.RUNNING),
                time.get(Bucket.IDLE),
                time.get(Bucket.PLANNED_DOWN),
                time.get(Bucket.UNPLANNED_DOWN),
                window.minus(known),
                failures,
                plannedStops);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private enum Bucket {
        RUNNING,
        IDLE,
        PLANNED_DOWN,
        UNPLANNED_DOWN;

        static Bucket of(Moment moment) {
            return switch (moment.state()) {
                case RUNNING -> RUNNING;
                case IDLE -> IDLE;
                case DOWN -> moment.reason().planned() ? PLANNED_DOWN : UNPLANNED_DOWN;
            };
        }
    }
}
