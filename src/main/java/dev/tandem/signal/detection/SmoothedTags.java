package dev.tandem.signal.detection;

import java.util.Arrays;

/**
 * Exponentially smoothed level, spread and rate of every standardized tag. Smoothing runs on elapsed time, not on
 * sample count, so a 2 s step or a gap in the feed weighs what it should; memory is three numbers per tag.
 */
final class SmoothedTags {

    // keeps log(spread) finite for tags that sit perfectly still
    private static final double SPREAD_FLOOR = 1e-2;

    private final double timeConstantSeconds;
    private final double[] level;
    private final double[] spread;
    private final double[] rate;
    private long lastMillis;
    private double typicalStepSeconds = 1;
    private boolean started;

    SmoothedTags(int tagCount, double timeConstantSeconds) {
        this.timeConstantSeconds = timeConstantSeconds;
        this.level = new double[tagCount];
        this.spread = new double[tagCount];
        this.rate = new double[tagCount];
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
        double alpha = 1 - Math.exp(-step / timeConstantSeconds);
        for (int i = 0; i < level.length; i++) {
            double deviation = z[i] - level[i];
            double moved = alpha * deviation;
            level[i] += moved;
            spread[i] += alpha * (deviation * deviation - spread[i]);
            rate[i] += alpha * (moved / step - rate[i]);
        }
        return step;
    }

    private void start(long timestampMillis, double[] z) {
        System.arraycopy(z, 0, level, 0, level.length);
        Arrays.fill(spread, 1);
        started = true;
        lastMillis = timestampMillis;
    }

    /** Level and log-spread of every tag, the multivariate model's features. */
    void features(double[] into) {
        int n = level.length;
        for (int i = 0; i < n; i++) {
            into[i] = level[i];
            into[n + i] = Math.log(spread[i] + SPREAD_FLOOR);
        }
    }

    double level(int tag) {
        return level[tag];
    }

    double rate(int tag) {
        return rate[tag];
    }

    int tagCount() {
        return level.length;
    }
}
