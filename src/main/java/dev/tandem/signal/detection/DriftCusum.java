package dev.tandem.signal.detection;

import java.util.Arrays;

/**
 * An accumulating detector per tag: a two-sided CUSUM of each sample's distance from the tag's slow normal (for a
 * tag judged against the machine's load, its normal for this load; for one that wanders by nature, its own recent
 * course), in standard deviations of the normal window. The normal level the other rules judge against follows a
 * slow fault's drift at a fixed distance; the slow normal does not keep up with it.
 * The smoothed level's limit looks at the last twenty seconds; this one adds up whatever lies beyond its slack for as
 * long as it lasts, so a level that stays between the slack and that limit is warned of too (a series that settles
 * at a new level for good), and a level just past the slack a little later.
 *
 * <p>Each tag's limit is drawn from what learning saw: the largest sum the normal window reached, by a margin, and
 * never below a floor. A sum is capped a little above its limit, so that once the level is back the sum falls below
 * the limit within seconds instead of paying back everything a long fault added.
 */
final class DriftCusum {

    // the sum may run this far past its limit: enough to hold an episode through noise, little to pay back
    private static final double CAP = 1.5;

    private final double slack;
    private final double[] limits;
    private final double[] upward;
    private final double[] downward;

    private DriftCusum(double slack, double[] limits) {
        this.slack = slack;
        this.limits = limits;
        this.upward = new double[limits.length];
        this.downward = new double[limits.length];
    }

    /** Limits from the normal window's distances from normal ({@code deviations[row][tag]}), summed as later. */
    static DriftCusum fit(double[][] deviations, int tagCount, DetectorSettings settings) {
        var learning = new DriftCusum(settings.driftSlack(), new double[tagCount]);
        Arrays.fill(learning.limits, Double.POSITIVE_INFINITY);
        double[] largest = new double[tagCount];
        for (double[] row : deviations) {
            learning.update(row);
            for (int i = 0; i < tagCount; i++) {
                largest[i] = Math.max(largest[i], Math.max(learning.upward[i], learning.downward[i]));
            }
        }
        double[] limits = new double[tagCount];
        for (int i = 0; i < tagCount; i++) {
            limits[i] = Math.max(settings.driftLimit(), settings.driftMargin() * largest[i]);
        }
        return new DriftCusum(settings.driftSlack(), limits);
    }

    /** Adds one sample's distances from normal, tag by tag. */
    void update(double[] deviations) {
        for (int i = 0; i < upward.length; i++) {
            double deviation = deviations[i];
            upward[i] = Math.min(Math.max(0, upward[i] + deviation - slack), CAP * limits[i]);
            downward[i] = Math.min(Math.max(0, downward[i] - deviation - slack), CAP * limits[i]);
        }
    }

    /** Starts every sum afresh (after a start-up: the machine is followed, not judged, until it has settled). */
    void reset() {
        Arrays.fill(upward, 0);
        Arrays.fill(downward, 0);
    }

    /** The tag's larger sum as a ratio to its limit: 1 is at the limit. */
    double ratio(int tag) {
        return Math.max(upward[tag], downward[tag]) / limits[tag];
    }

    void save(StateCodec.Out out) {
        out.numbers(limits).numbers(upward).numbers(downward);
    }

    static DriftCusum read(StateCodec.In in, int tagCount, DetectorSettings settings) {
        var cusum = new DriftCusum(settings.driftSlack(), in.numbers(tagCount));
        System.arraycopy(in.numbers(tagCount), 0, cusum.upward, 0, tagCount);
        System.arraycopy(in.numbers(tagCount), 0, cusum.downward, 0, tagCount);
        return cusum;
    }
}
