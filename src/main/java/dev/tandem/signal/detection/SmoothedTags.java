package dev.tandem.signal.detection;

import java.util.Arrays;

/**
 * Exponentially smoothed level, spread and rate of every standardized tag, and the normal level each is judged
 * against. Smoothing runs on elapsed time, not on sample count, so a 2 s step or a gap in the feed weighs what it
 * should; memory is four numbers per tag.
 *
 * <p>The normal level starts at the normal window's mean and follows each tag slowly: plants drift (ambient
 * temperature, wear, the season), and a limit drawn around a fixed level turns that drift into false warnings. While
 * an episode is open, or the plant is close to one, it is held, so a fault is never learned as normal, except for tags
 * that wander by nature (a tank's temperature), which keep following their own recent course.
 */
final class SmoothedTags {

    // keeps log(spread) finite for tags that sit perfectly still
    private static final double SPREAD_FLOOR = 1e-2;

    private final double timeConstantSeconds;
    private final double[] followSeconds;
    private final boolean[] wanders;
    private final double[] level;
    private final double[] spread;
    private final double[] rate;
    private final double[] normal;
    private final double[] anchorSeconds;
    private final double[] anchor;
    private final double[] anchorAlpha;
    private long lastMillis;
    private double typicalStepSeconds = 1;
    private boolean started;
    private boolean held;
    private final double[] followAlpha;
    private double alphaStep = Double.NaN;
    private double alpha;

    /**
     * @param followSeconds the time constant at which each tag's normal level follows it: a tag that wanders follows
     *     its own recent course, one the machine's load explains only its ambient and wear, slowly
     * @param anchorSeconds the time constant at which each tag's {@link #anchor} follows it: no faster than its normal
     */
    SmoothedTags(
            int tagCount,
            DetectorSettings settings,
            boolean[] wanders,
            double[] followSeconds,
            double[] anchorSeconds) {
        this.timeConstantSeconds = settings.smoothingSeconds();
        this.wanders = wanders.clone();
        this.followSeconds = followSeconds.clone();
        this.followAlpha = new double[tagCount];
        this.level = new double[tagCount];
        this.spread = new double[tagCount];
        this.rate = new double[tagCount];
        this.normal = new double[tagCount];
        this.anchorSeconds = anchorSeconds.clone();
        this.anchor = new double[tagCount];
        this.anchorAlpha = new double[tagCount];
    }

    /** Folds in one standardized sample and returns the seconds elapsed since the previous one. */
    double update(long timestampMillis, double[] z) {
        if (!started) {
            start(timestampMillis, z);
            return 0;
        }
        double step = (timestampMillis - lastMillis) / 1000.0;
        // a repeated or out-of-order timestamp counts as one ordinary step rather than stopping the clock
        if (step <= 0) {
            step = typicalStepSeconds;
        } else {
            typicalStepSeconds = step;
            lastMillis = timestampMillis;
        }
        if (step != alphaStep) {
            // samples mostly come at one steady interval: the exponentials are worked out once per interval
            alphaStep = step;
            alpha = 1 - Math.exp(-step / timeConstantSeconds);
            for (int i = 0; i < followAlpha.length; i++) {
                followAlpha[i] = 1 - Math.exp(-step / followSeconds[i]);
                anchorAlpha[i] = 1 - Math.exp(-step / anchorSeconds[i]);
            }
        }
        if (step > timeConstantSeconds) {
            resume(z, step);
            return step;
        }
        for (int i = 0; i < level.length; i++) {
            double deviation = z[i] - level[i];
            double moved = alpha * deviation;
            // a reading back near its normal is no spread, however far the level has yet to come to it: a drift
            // too slow to warn of, which the normal partly followed, ends in a step back, not in a wider spread
            double apart = Math.min(Math.abs(deviation), Math.abs(z[i] - normal[i]));
            level[i] += moved;
            spread[i] += alpha * (apart * apart - spread[i]);
            rate[i] += alpha * (moved / step - rate[i]);
            if (!held || wanders[i]) {
                normal[i] += followAlpha[i] * (level[i] - normal[i]);
                anchor[i] += anchorAlpha[i] * (level[i] - anchor[i]);
            }
        }
        return step;
    }

    /**
     * After a gap in the feed longer than the smoothing's time constant (an outage, a machine that was stopped) the
     * level starts again from the sample: what changed meanwhile is no rate and no spread. The normal level of tags
     * that wander follows them across the gap; the others keep theirs.
     */
    private void resume(double[] z, double step) {
        for (int i = 0; i < level.length; i++) {
            level[i] = z[i];
            rate[i] = 0;
            if (wanders[i]) {
                normal[i] += (1 - Math.exp(-step / followSeconds[i])) * (level[i] - normal[i]);
                anchor[i] += (1 - Math.exp(-step / anchorSeconds[i])) * (level[i] - anchor[i]);
            }
        }
    }

    private void start(long timestampMillis, double[] z) {
        System.arraycopy(z, 0, level, 0, level.length);
        Arrays.fill(spread, 1);
        started = true;
        lastMillis = timestampMillis;
    }

    /** Holds the normal level of the tags that do not wander (near or in an episode), or lets it follow again. */
    void hold(boolean hold) {
        held = hold;
    }

    /** Level above its normal and log-spread of every tag, the multivariate model's features. */
    void features(double[] into) {
        int n = level.length;
        for (int i = 0; i < n; i++) {
            into[i] = level[i] - normal[i];
            into[n + i] = Math.log(spread[i] + SPREAD_FLOOR);
        }
    }

    /** Moves the tag's normal level by {@code by} (a level the plant settled at after a fault). */
    void moveNormal(int tag, double by) {
        normal[tag] += by;
        anchor[tag] += by;
    }

    /**
     * The slow normal the drift sum measures from: it follows as the normal level does (held alike), but for a tag
     * judged by neither its own course nor the load no faster than the settings' {@code driftAnchorSeconds}, so that
     * a drift the normal level keeps up with still moves away from it.
     */
    double anchor(int tag) {
        return anchor[tag];
    }

    /** The tag's smoothed level above its normal level. */
    double level(int tag) {
        return level[tag] - normal[tag];
    }

    /** The normal level the tag is judged against, in the units of its (standardized) input. */
    double normal(int tag) {
        return normal[tag];
    }

    /** The tag's smoothed level itself, in standard deviations of the normal window. */
    double rawLevel(int tag) {
        return level[tag];
    }

    double spread(int tag) {
        return spread[tag];
    }

    double rate(int tag) {
        return rate[tag];
    }

    /** Whether the tag wanders by nature: its normal follows its own recent course, even during an episode. */
    boolean wanders(int tag) {
        return wanders[tag];
    }

    int tagCount() {
        return level.length;
    }

    /** Which tags wander and how fast each normal follows, then the moving state; the exponentials are worked out again from the next step. */
    void save(StateCodec.Out out) {
        out.flags(wanders)
                .numbers(followSeconds)
                .numbers(anchorSeconds)
                .numbers(level)
                .numbers(spread)
                .numbers(rate)
                .numbers(normal)
                .numbers(anchor);
        out.whole(lastMillis).number(typicalStepSeconds).flag(started).flag(held);
    }

    static SmoothedTags read(StateCodec.In in, int tagCount, DetectorSettings settings) {
        var tags = new SmoothedTags(tagCount, settings, in.flags(tagCount), in.numbers(tagCount), in.numbers(tagCount));
        System.arraycopy(in.numbers(tagCount), 0, tags.level, 0, tagCount);
        System.arraycopy(in.numbers(tagCount), 0, tags.spread, 0, tagCount);
        System.arraycopy(in.numbers(tagCount), 0, tags.rate, 0, tagCount);
        System.arraycopy(in.numbers(tagCount), 0, tags.normal, 0, tagCount);
        System.arraycopy(in.numbers(tagCount), 0, tags.anchor, 0, tagCount);
        tags.lastMillis = in.whole();
        tags.typicalStepSeconds = in.number();
        tags.started = in.flag();
        tags.held = in.flag();
        return tags;
    }
}
