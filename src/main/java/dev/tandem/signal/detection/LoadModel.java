package dev.tandem.signal.detection;

import java.util.Arrays;

/**
 * Normal for this load: what each tag reads, given what the others say the machine is doing. A machine's tags move
 * together with its load (a pump's flow, pressure and current; later its bearing temperature), so a load change moves
 * every tag's level and is no anomaly; a tag that leaves the others is. The load is the equipment's first principal
 * component over the normal window; each tag's expected reading is a small regression on the load the other tags
 * show (the tag itself left out, so that its own fault does not move its expectation), through the tag's own lag (a
 * temperature answers a load change in minutes), chosen among a few by fit. A tag the load explains too little of
 * is expected at its normal-window mean, as before.
 *
 * <p>The detector judges what is left, each tag's residual in standard deviations of its residual over the normal
 * window: far narrower than the tag's own spread wherever the load explains it, and the same at every load.
 */
final class LoadModel {

    // the lags a tag may answer the load with, in seconds; 0 follows it at once
    private static final double[] LAGS = {0, 5, 15, 30, 60, 120};
    // how clearly a tag's likeness to the load must stand out (a squared t statistic) to be taken as real
    private static final double SIGNIFICANCE = 16;
    // the normal window must be this many times longer than a lag for the lag to be tried
    private static final double LAG_SHARE = 10;
    // the share of a tag's variance the load must explain for the tag to be judged against it
    private static final double TIED = 0.3;
    // below this, the other tags together say nothing about the load
    private static final double WEIGHT_FLOOR = 1e-6;
    private static final int POWER_STEPS = 200;
    // the share of the tags' variance the first component must explain to be a load they share at all
    private static final double SHARED = 0.4;

    private final double[] loadings;
    private final double[] intercepts;
    private final double[] slopes;
    private final double[] lags;
    private final double[] scales;
    private final double[] followed;
    // where each tied tag's load stood over the normal window, and how far it ranged there (its variance)
    private final double[] centres;
    private final double[] ranges;
    // what running since taught of each tied tag's answer to the load: how much its residual still moves with the load
    // (a correction of the window's slope), and the load's mean square about its centre over that running
    private final double[] corrections;
    private final double[] loadSquare;
    private final double[] lastLoad;
    // where each tag's residual stands after a gap in the feed, set by resume() for the next sample only
    private final double[] resumeAt;
    private boolean resuming;
    private double lastStep;
    private long lastMillis;
    private boolean started;

    private LoadModel(double[] loadings, double[] intercepts, double[] slopes, double[] lags, double[] scales) {
        this.loadings = loadings;
        this.intercepts = intercepts;
        this.slopes = slopes;
        this.lags = lags;
        this.scales = scales;
        this.followed = new double[loadings.length];
        int n = loadings.length;
        this.centres = new double[n];
        this.ranges = new double[n];
        this.corrections = new double[n];
        this.loadSquare = new double[n];
        this.lastLoad = new double[n];
        this.resumeAt = new double[n];
    }

    /** Learns the load and each tag's answer to it from the normal window's standardized rows. */
    static LoadModel fit(long[] timestamps, double[][] z) {
        int tagCount = z[0].length;
        double[] loadings = firstComponent(z, tagCount);
        double explained = 0;
        for (double loading : loadings) {
            explained += loading * loading;
        }
        if (tagCount < 2 || explained < SHARED * tagCount) {
            loadings = new double[tagCount];
        }
        var model = new LoadModel(
                loadings, new double[tagCount], new double[tagCount], new double[tagCount], new double[tagCount]);
        for (int i = 0; i < tagCount; i++) {
            model.fitTag(i, timestamps, z);
        }
        return model;
    }

    /** Loadings of the first principal component of the standardized tags (their correlation with it). */
    private static double[] firstComponent(double[][] z, int tagCount) {
        double[][] correlation = new double[tagCount][tagCount];
        for (double[] row : z) {
            for (int i = 0; i < tagCount; i++) {
                for (int j = 0; j < tagCount; j++) {
                    correlation[i][j] += row[i] * row[j] / z.length;
                }
            }
        }
        double[] vector = new double[tagCount];
        Arrays.fill(vector, 1 / Math.sqrt(tagCount));
        double eigenvalue = 0;
        for (int step = 0; step < POWER_STEPS; step++) {
            double[] next = new double[tagCount];
            for (int i = 0; i < tagCount; i++) {
                for (int j = 0; j < tagCount; j++) {
                    next[i] += correlation[i][j] * vector[j];
                }
            }
            double norm = Math.sqrt(Arrays.stream(next).map(v -> v * v).sum());
            if (norm < WEIGHT_FLOOR) {
                return new double[tagCount];
            }
            for (int i = 0; i < tagCount; i++) {
                vector[i] = next[i] / norm;
            }
            eigenvalue = norm;
        }
        double[] loadings = new double[tagCount];
        for (int i = 0; i < tagCount; i++) {
            loadings[i] = vector[i] * Math.sqrt(eigenvalue);
        }
        return loadings;
    }

    /**
     * The tag's regression on the load the others show, through the lag that fits it best. That load is the true one
     * plus the other tags' noise, which would flatten a plain regression's slope (a tag would seem to answer a load
     * change by less than it does, and read as off normal at every load the window did not see): the slope is
     * divided by the share of the load's variance that is not that noise.
     */
    private void fitTag(int tag, long[] timestamps, double[][] z) {
        int n = z.length;
        double bestExplained = TIED;
        intercepts[tag] = 0;
        slopes[tag] = 0;
        lags[tag] = 0;
        double weight = 0;
        double noise = 0;
        for (int j = 0; j < loadings.length; j++) {
            if (j != tag) {
                weight += loadings[j] * loadings[j];
                noise += loadings[j] * loadings[j] * Math.max(0, 1 - loadings[j] * loadings[j]);
            }
        }
        if (weight < WEIGHT_FLOOR) {
            scales[tag] = 1;
            return;
        }
        noise /= weight * weight;
        double typicalStep = n > 1 ? Math.max(1e-3, (timestamps[n - 1] - timestamps[0]) / 1000.0 / (n - 1)) : 1;
        double windowSeconds = (timestamps[n - 1] - timestamps[0]) / 1000.0;
        for (double lag : LAGS) {
            if (lag > windowSeconds / LAG_SHARE) {
                // a slow answer is told from chance only over a window many times its lag
                break;
            }
            double[] g = new double[n];
            for (int row = 0; row < n; row++) {
                double load = othersLoad(tag, z[row]);
                double step = row == 0 ? Double.POSITIVE_INFINITY : (timestamps[row] - timestamps[row - 1]) / 1000.0;
                double previous = row == 0 ? 0 : g[row - 1];
                g[row] = previous + follow(step, lag) * (load - previous);
            }
            double[] own = new double[n];
            for (int row = 0; row < n; row++) {
                own[row] = z[row][tag];
            }
            double meanG = mean(g);
            double meanZ = mean(own);
            double varG = 0;
            double varZ = 0;
            double cov = 0;
            for (int row = 0; row < n; row++) {
                varG += (g[row] - meanG) * (g[row] - meanG) / n;
                varZ += (own[row] - meanZ) * (own[row] - meanZ) / n;
                cov += (g[row] - meanG) * (own[row] - meanZ) / n;
            }
            if (varG < WEIGHT_FLOOR || varZ < WEIGHT_FLOOR) {
                continue;
            }
            double explained = cov * cov / (varG * varZ);
            // two slow courses look alike over a short window by chance: the likeness must stand out against the
            // few independent samples the window holds of them
            double persistence = autocorrelation(g, meanG, varG) * autocorrelation(own, meanZ, varZ);
            double independent = n * (1 - persistence) / (1 + persistence);
            boolean significant = explained * independent / Math.max(1 - explained, 1e-9) >= SIGNIFICANCE;
            if (significant && explained > bestExplained) {
                // a lag averages the noise: an exponential of time constant τ keeps about step / 2τ of it
                double alpha = follow(typicalStep, lag);
                double kept = noise * alpha / (2 - alpha);
                double reliability = Math.max(0.5, 1 - kept / varG);
                bestExplained = explained;
                slopes[tag] = cov / varG / reliability;
                intercepts[tag] = meanZ - slopes[tag] * meanG;
                lags[tag] = lag;
                centres[tag] = meanG;
                ranges[tag] = varG;
            }
        }
        scales[tag] = 1;
        if (slopes[tag] != 0) {
            // the residual's own spread over the window: what is left once the load is accounted for
            double sum = 0;
            double squares = 0;
            double g = 0;
            for (int row = 0; row < n; row++) {
                double step = row == 0 ? Double.POSITIVE_INFINITY : (timestamps[row] - timestamps[row - 1]) / 1000.0;
                g += follow(step, lags[tag]) * (othersLoad(tag, z[row]) - g);
                double residual = z[row][tag] - intercepts[tag] - slopes[tag] * g;
                sum += residual;
                squares += residual * residual;
            }
            double variance = squares / n - (sum / n) * (sum / n);
            scales[tag] = Math.sqrt(Math.max(variance, 1e-6));
        }
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    /** The correlation of a course with itself one sample later. */
    private static double autocorrelation(double[] values, double mean, double variance) {
        double sum = 0;
        for (int i = 1; i < values.length; i++) {
            sum += (values[i] - mean) * (values[i - 1] - mean);
        }
        return Math.max(0, Math.min(1, sum / (values.length - 1) / variance));
    }

    private static double follow(double stepSeconds, double lag) {
        return lag == 0 ? 1 : 1 - Math.exp(-stepSeconds / lag);
    }

    /** The load the tags other than {@code tag} show: their least-squares score on the component. */
    private double othersLoad(int tag, double[] z) {
        double sum = 0;
        double weight = 0;
        for (int j = 0; j < z.length; j++) {
            if (j != tag) {
                sum += loadings[j] * z[j];
                weight += loadings[j] * loadings[j];
            }
        }
        return weight < WEIGHT_FLOOR ? 0 : sum / weight;
    }

    /** Each row's residuals, from the model's start: the normal window's, after which the detector carries on. */
    double[][] residuals(long[] timestamps, double[][] z) {
        started = false;
        Arrays.fill(followed, 0);
        Arrays.fill(corrections, 0);
        Arrays.fill(loadSquare, 0);
        double[][] residuals = new double[z.length][z[0].length];
        for (int row = 0; row < z.length; row++) {
            residuals(timestamps[row], z[row], residuals[row]);
        }
        return residuals;
    }

    /** Judges the tags flagged apart from the load from now on; true when one of them was tied to it. */
    boolean untie(boolean[] tags) {
        boolean any = false;
        for (int i = 0; i < tags.length; i++) {
            if (tags[i] && slopes[i] != 0) {
                any = true;
                slopes[i] = 0;
                intercepts[i] = 0;
                lags[i] = 0;
                scales[i] = 1;
            }
        }
        return any;
    }

    /** Writes each tag's residual from its expected reading at this load, in its residual's standard deviations. */
    void residuals(long timestampMillis, double[] z, double[] into) {
        double sum = 0;
        double weight = 0;
        for (int j = 0; j < z.length; j++) {
            sum += loadings[j] * z[j];
            weight += loadings[j] * loadings[j];
        }
        double step = started ? Math.max(0, timestampMillis - lastMillis) / 1000.0 : Double.POSITIVE_INFINITY;
        lastStep = step;
        started = true;
        lastMillis = Math.max(lastMillis, timestampMillis);
        for (int i = 0; i < z.length; i++) {
            if (slopes[i] == 0) {
                into[i] = z[i];
                continue;
            }
            double others = weight - loadings[i] * loadings[i];
            double load = others < WEIGHT_FLOOR ? 0 : (sum - loadings[i] * z[i]) / others;
            if (resuming && lags[i] > 0) {
                resumeFrom(i, z[i]);
            } else {
                followed[i] += follow(step, lags[i]) * (load - followed[i]);
            }
            lastLoad[i] = followed[i] - centres[i];
            into[i] = (z[i] - intercepts[i] - slopes[i] * (followed[i] + corrections[i] * lastLoad[i])) / scales[i];
        }
        resuming = false;
    }

    /**
     * After a gap in the feed, the next sample's residuals: the load a lagged tag answers to now depends on how the
     * load moved while nothing came (a bearing's temperature still follows the load of a minute ago), which no one saw.
     * Each lagged tag's load is taken from where the tag itself reads, as if its residual stood at {@code residuals}
     * (its normal), and follows the others' load through its lag from there; a tag that answers at once needs nothing.
     */
    void resume(double[] residuals) {
        System.arraycopy(residuals, 0, resumeAt, 0, resumeAt.length);
        resuming = true;
    }

    /** Seconds since the latest sample, before {@code timestampMillis}; 0 before the first. */
    double secondsSince(long timestampMillis) {
        return started ? Math.max(0, timestampMillis - lastMillis) / 1000.0 : 0;
    }

    /** The lagged load at which tag {@code i}'s residual is {@code resumeAt[i]}: the inverse of its expected reading. */
    private void resumeFrom(int i, double z) {
        double answer = 1 + corrections[i];
        if (Math.abs(answer) < WEIGHT_FLOOR) {
            return;
        }
        double target = (z - intercepts[i] - scales[i] * resumeAt[i]) / slopes[i];
        followed[i] = (target + corrections[i] * centres[i]) / answer;
    }

    /**
     * Learns from the latest sample how each tied tag answers the load, over {@code memorySeconds} of running: a slope
     * drawn from a window at one set point is off a little, which a load far from it turns into an offset. What is left
     * of a sample once its normal level is taken off ({@code deviations}, in the residual's deviations) moves the
     * tag's slope by its share in the load's distance from the window's centre (a normalised least-mean-squares step),
     * so an offset its normal level has taken up already teaches nothing. Called only for samples judged comfortably
     * normal, so that a fault is not learned as the load's doing.
     */
    void learn(double[] deviations, double memorySeconds) {
        if (!Double.isFinite(lastStep) || lastStep <= 0) {
            return;
        }
        double alpha = 1 - Math.exp(-lastStep / memorySeconds);
        for (int i = 0; i < slopes.length; i++) {
            if (slopes[i] == 0) {
                continue;
            }
            double g = lastLoad[i];
            loadSquare[i] += alpha * (g * g - loadSquare[i]);
            // a normalised gradient step: the deviation, in standardized units scales · d, falls by slope · g per unit
            corrections[i] += alpha * deviations[i] * scales[i] * g / slopes[i] / (loadSquare[i] + ranges[i]);
        }
    }

    /** Where tag {@code tag} is expected at the current load, in standardized units. */
    double expected(int tag) {
        return intercepts[tag] + slopes[tag] * (followed[tag] + corrections[tag] * lastLoad[tag]);
    }

    /** The residual's spread over the normal window, in standardized units: one of its standard deviations. */
    double scale(int tag) {
        return scales[tag];
    }

    /** Whether the tag is judged against the load at all (the load explains enough of it). */
    boolean tied(int tag) {
        return slopes[tag] != 0;
    }

    void save(StateCodec.Out out) {
        out.numbers(loadings)
                .numbers(intercepts)
                .numbers(slopes)
                .numbers(lags)
                .numbers(scales)
                .numbers(followed)
                .numbers(centres)
                .numbers(ranges)
                .numbers(corrections)
                .numbers(loadSquare)
                .numbers(lastLoad);
        out.number(lastStep).whole(lastMillis).flag(started);
    }

    static LoadModel read(StateCodec.In in, int tagCount) {
        var model = new LoadModel(
                in.numbers(tagCount),
                in.numbers(tagCount),
                in.numbers(tagCount),
                in.numbers(tagCount),
                in.numbers(tagCount));
        for (double[] into : new double[][] {
            model.followed, model.centres, model.ranges, model.corrections, model.loadSquare, model.lastLoad
        }) {
            System.arraycopy(in.numbers(tagCount), 0, into, 0, tagCount);
        }
        model.lastStep = in.number();
        model.lastMillis = in.whole();
        model.started = in.flag();
        return model;
    }
}
