package dev.tandem.signal.detection;

import java.util.Arrays;

/**
 * Streaming early-warning detector for one equipment. Fitted on a {@link NormalWindow}, it then takes one sample at
 * a time and answers at once: is this sample part of an anomalous episode, did the behaviour change here, how far
 * from normal is it and which tags are behind it. It keeps a fixed amount of state (smoothed level, spread, rate and
 * normal level, four CUSUM sums and the start of its reading's latest repeat per tag, the model's feature matrix and
 * the recovery's offsets) and never looks back at earlier samples.
 *
 * <p>Not thread-safe: feed each detector from one thread, in time order.
 */
public final class SignalDetector {

    // raise it whenever a part of the detector keeps more or other state than snapshot() writes
    private static final long STATE_FORMAT = 7;

    private final TagScaling scaling;
    private final LoadModel load;
    private final SmoothedTags smoothed;
    private final FeatureModel model;
    private final double distanceLimit;
    private final TagRules rules;
    private final FrozenTags frozen;
    private final TagCusum cusum;
    private final DriftCusum drift;
    private final EpisodeLatch episode;
    private final Recovery recovery;
    private final double followBelow;
    private final double loadMemorySeconds;
    private final double smoothingSeconds;
    private final double[] standardized;
    private final double[] residuals;
    private final double[] deviations;
    private final double[] drifted;
    private final double[] features;
    private final double[] shares;
    private String openedBy;

    private SignalDetector(
            TagScaling scaling,
            LoadModel load,
            SmoothedTags smoothed,
            FeatureModel model,
            double distanceLimit,
            TagRules rules,
            FrozenTags frozen,
            DriftCusum drift,
            DetectorSettings settings) {
        int tagCount = smoothed.tagCount();
        this.scaling = scaling;
        this.load = load;
        this.smoothed = smoothed;
        this.model = model;
        this.distanceLimit = distanceLimit;
        this.rules = rules;
        this.frozen = frozen;
        this.drift = drift;
        this.cusum = new TagCusum(
                tagCount, settings.cusumSlack(), settings.cusumLimit(), settings.changepointQuietSeconds());
        this.episode = new EpisodeLatch(settings.releaseSeconds());
        this.recovery = new Recovery(model.width(), settings);
        this.followBelow = settings.followBelow();
        this.loadMemorySeconds = settings.loadMemorySeconds();
        this.smoothingSeconds = settings.smoothingSeconds();
        this.standardized = new double[tagCount];
        this.residuals = new double[tagCount];
        this.deviations = new double[tagCount];
        this.drifted = new double[tagCount];
        this.features = new double[model.width()];
        this.shares = new double[model.width()];
    }

    /** Judges one sample; {@code values} holds one value per tag, in the order of the normal window. */
    public Verdict update(long timestampMillis, double[] values) {
        double atSeconds = follow(timestampMillis, values);
        frozen.update(atSeconds, values);
        for (int i = 0; i < deviations.length; i++) {
            deviations[i] = residuals[i] - smoothed.normal(i) - recovery.offset(i);
            drifted[i] = residuals[i] - smoothed.anchor(i) - recovery.offset(i);
        }
        drift.update(drifted);
        double[] contributions = new double[standardized.length];
        double distance = multivariateScore(contributions);
        // a plant settling after a fault moves and spreads as it settles: only its level is news until it has
        boolean settling = recovery.settling(atSeconds);
        distance = Math.max(distance, positionScore(contributions, !settling));
        // a frozen tag counts as distance: the episode lasts while it stays frozen and ends when it moves again
        distance = Math.max(distance, frozenScore(atSeconds, contributions));
        double score = settling ? distance : Math.max(distance, rateScore(contributions));
        // an open episode lasts while the score stays near the limit (a deadband): a fault that hovers at its limit
        // is one episode, not one each time noise takes it back over
        boolean wasOpen = episode.open();
        boolean anomalous = episode.update(atSeconds, score >= (episode.open() ? followBelow : 1));
        if (anomalous && !wasOpen) {
            openedBy = whatTripped(atSeconds, settling);
        }
        smoothed.hold(anomalous || score >= followBelow);
        if (!anomalous && score < followBelow && !settling) {
            load.learn(deviations, loadMemorySeconds);
        }
        if (recovery.recovered(atSeconds, anomalous, distance, features, model.mean())) {
            episode.close();
            anomalous = false;
        }
        boolean shifted = cusum.update(atSeconds, residuals, smoothed);
        return new Verdict(timestampMillis, anomalous, shifted || episode.changed(), score, contributions);
    }

    /**
     * Follows one sample without judging it, for a machine starting up: the smoothing takes it in, the normal level
     * stays where it was, no episode opens (an open one ends) and every tag's reading may repeat afresh from here.
     *
     * @return how far from normal the sample is, as {@link Verdict#score()} would say: below 1 once the machine has
     *     settled where it ran before
     */
    public double settle(long timestampMillis, double[] values) {
        smoothed.hold(true);
        recovery.restart();
        double atSeconds = follow(timestampMillis, values);
        frozen.restart(atSeconds, values);
        drift.reset();
        episode.close();
        double[] contributions = new double[standardized.length];
        double distance = Math.max(multivariateScore(contributions), positionScore(contributions, true));
        return Math.max(distance, rateScore(contributions));
    }

    /**
     * What opened this detector's latest episode (since it was fitted or restored; null before its first): the rule
     * furthest past its limit at that sample and the kind of tag it judged (the drift sum of a tag of its own, say).
     * For reading why a detector warns; the healthy-equipment bench counts its false warnings by it.
     */
    public String openedBy() {
        return openedBy;
    }

    private String whatTripped(double atSeconds, boolean settling) {
        var tripped = new Tripped(model, distanceLimit, features, load, smoothed);
        for (int i = 0; i < standardized.length; i++) {
            tripped.consider("level", i, rules.positionRatio(smoothed, i, recovery.offset(i), false));
            tripped.consider("drift sum", i, drift.ratio(i));
            tripped.consider("frozen", i, frozen.ratio(i, atSeconds));
            if (!settling) {
                tripped.consider("spread", i, rules.positionRatio(smoothed, i, recovery.offset(i), true));
                tripped.consider("rate", i, rules.rateRatio(smoothed, i));
            }
        }
        return tripped.toString();
    }

    /** Takes the sample into the smoothing and the model's features; the sample's time in seconds. */
    private double follow(long timestampMillis, double[] values) {
        if (values.length != standardized.length) {
            throw new IllegalArgumentException("expected " + standardized.length + " values, got " + values.length);
        }
        for (double value : values) {
            // a missing reading must be filled (or the sample dropped) upstream: NaN would poison every average
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("values must be finite");
            }
        }
        scaling.standardize(values, standardized);
        // after a gap in the feed longer than the smoothing (SmoothedTags starts each level afresh), the load a lagged
        // tag answers is not known: it is taken from the tag itself
        double gapSeconds = load.secondsSince(timestampMillis);
        if (gapSeconds > smoothingSeconds) {
            recovery.postpone(gapSeconds);
            for (int i = 0; i < residuals.length; i++) {
                residuals[i] = smoothed.normal(i) + recovery.offset(i);
            }
            load.resume(residuals);
        }
        load.residuals(timestampMillis, standardized, residuals);
        smoothed.update(timestampMillis, residuals);
        smoothed.features(features);
        double atSeconds = timestampMillis / 1000.0;
        recovery.apply(atSeconds, features, model.mean(), smoothed);
        return atSeconds;
    }

    public int tagCount() {
        return standardized.length;
    }

    /**
     * Whether tag {@code tag} is judged against the machine's load: the load its other tags show explains enough of
     * it that its normal depends on the load (see {@link #expected}).
     */
    public boolean judgedAgainstLoad(int tag) {
        return load.tied(tag);
    }

    /**
     * Where tag {@code tag} should read now, in its own unit: its normal for the load the machine runs at when it is
     * {@link #judgedAgainstLoad judged against the load}, otherwise the normal level it is judged against.
     */
    public double expected(int tag) {
        double residual = smoothed.normal(tag) + recovery.offset(tag);
        return scaling.raw(tag, load.expected(tag) + load.scale(tag) * residual);
    }

    /** T² over its limit; each tag's share is the sum of its level and spread features' shares. */
    private double multivariateScore(double[] contributions) {
        double distance = model.distance(features, shares);
        int tagCount = contributions.length;
        for (int i = 0; i < tagCount; i++) {
            contributions[i] = (shares[i] + shares[tagCount + i]) / distanceLimit;
        }
        return distance / distanceLimit;
    }

    private double positionScore(double[] contributions, boolean spreadCounts) {
        double score = 0;
        for (int i = 0; i < contributions.length; i++) {
            double position = rules.positionRatio(smoothed, i, recovery.offset(i), spreadCounts);
            score = Math.max(score, lead(contributions, i, Math.max(position, drift.ratio(i))));
        }
        return score;
    }

    private double frozenScore(double atSeconds, double[] contributions) {
        double score = 0;
        for (int i = 0; i < contributions.length; i++) {
            score = Math.max(score, lead(contributions, i, frozen.ratio(i, atSeconds)));
        }
        return score;
    }

    private double rateScore(double[] contributions) {
        double score = 0;
        for (int i = 0; i < contributions.length; i++) {
            score = Math.max(score, lead(contributions, i, rules.rateRatio(smoothed, i)));
        }
        return score;
    }

    /** A tag past its own limit leads the warning even when its multivariate share is small. */
    private static double lead(double[] contributions, int tag, double ratio) {
        if (ratio >= 1) {
            contributions[tag] = Math.max(contributions[tag], ratio);
        }
        return ratio;
    }

    static SignalDetector fit(long[] timestamps, double[][] rows, DetectorSettings settings) {
        int fitted = rows.length - settings.warmUpSamples();
        int tagCount = rows.length == 0 ? 0 : rows[0].length;
        // below this many samples the feature covariance cannot even be estimated once
        if (fitted < 2 * tagCount + 2) {
            throw new IllegalStateException("the normal window needs at least "
                    + (settings.warmUpSamples() + 2 * tagCount + 2) + " samples, has " + rows.length);
        }
        TagScaling scaling = TagScaling.of(rows, tagCount);
        double[][] z = new double[rows.length][tagCount];
        for (int row = 0; row < rows.length; row++) {
            scaling.standardize(rows[row], z[row]);
        }
        LoadModel load = LoadModel.fit(timestamps, z);
        double[][] residuals = load.residuals(timestamps, z);
        boolean[] wanders = TagScaling.wandering(timestamps, residuals, settings.wanderShare());
        // a tag whose own slow course the load leaves unexplained (a tank's temperature) is not the load's: its
        // likeness to it over a short window was chance
        if (load.untie(wanders)) {
            residuals = load.residuals(timestamps, z);
            wanders = TagScaling.wandering(timestamps, residuals, settings.wanderShare());
        }
        double[] followSeconds = new double[tagCount];
        double[] anchorSeconds = new double[tagCount];
        for (int i = 0; i < tagCount; i++) {
            followSeconds[i] = wanders[i]
                    ? settings.wanderSeconds()
                    : load.tied(i) ? settings.loadDriftSeconds() : settings.driftSeconds();
            // a tag followed at driftSeconds keeps a slow fault's drift of a few hundredths of a deviation a second
            // within the drift sum's slack for good: that sum measures it from a slower normal
            anchorSeconds[i] = wanders[i] || load.tied(i)
                    ? followSeconds[i]
                    : Math.max(followSeconds[i], settings.driftAnchorSeconds());
        }
        SmoothedTags smoothed = new SmoothedTags(tagCount, settings, wanders, followSeconds, anchorSeconds);
        double[][] features = new double[fitted][2 * tagCount];
        double[] widestSpreads = new double[tagCount];
        double[] steepestRates = new double[tagCount];
        double[][] deviations = new double[fitted][tagCount];
        for (int row = 0; row < rows.length; row++) {
            smoothed.update(timestamps[row], residuals[row]);
            int index = row - settings.warmUpSamples();
            if (index >= 0) {
                smoothed.features(features[index]);
                for (int i = 0; i < tagCount; i++) {
                    deviations[index][i] = residuals[row][i] - smoothed.anchor(i);
                    widestSpreads[i] = Math.max(widestSpreads[i], smoothed.spread(i));
                    steepestRates[i] = Math.max(steepestRates[i], Math.abs(smoothed.rate(i)));
                }
            }
        }
        boolean[] leftOut = new boolean[2 * tagCount];
        for (int i = 0; i < tagCount; i++) {
            leftOut[i] = load.tied(i);
        }
        FeatureModel model = FeatureModel.fit(features, settings.shrinkage(), leftOut);
        double limit = settings.limitMargin() * quantileOfDistances(model, features, settings.limitQuantile());
        TagRules rules = TagRules.fit(widestSpreads, steepestRates, load, settings);
        FrozenTags frozen = FrozenTags.fit(timestamps, rows, settings);
        DriftCusum drift = DriftCusum.fit(deviations, tagCount, settings);
        return new SignalDetector(scaling, load, smoothed, model, limit, rules, frozen, drift, settings);
    }

    private static double quantileOfDistances(FeatureModel model, double[][] features, double quantile) {
        double[] distances = new double[features.length];
        double[] shares = new double[model.width()];
        for (int row = 0; row < features.length; row++) {
            distances[row] = model.distance(features[row], shares);
        }
        Arrays.sort(distances);
        int rank = (int) Math.ceil(quantile * distances.length) - 1;
        // a floor keeps the limit positive when the normal window was perfectly flat
        return Math.max(distances[Math.max(rank, 0)], 1e-9);
    }

    /**
     * Everything this detector has learned and where it stands, as bytes: {@link #restore} makes a detector that
     * judges every later sample exactly as this one would. Written for the database, so that a restart or another
     * node carries on instead of learning normal operation again.
     */
    public byte[] snapshot() {
        var out = new StateCodec.Out().whole(STATE_FORMAT).whole(standardized.length);
        scaling.save(out);
        load.save(out);
        smoothed.save(out);
        model.save(out);
        out.number(distanceLimit);
        rules.save(out);
        frozen.save(out);
        drift.save(out);
        cusum.save(out);
        episode.save(out);
        recovery.save(out);
        return out.bytes();
    }

    /**
     * The detector a {@link #snapshot} was taken of, with the same settings.
     *
     * @throws IllegalArgumentException when the bytes are not a snapshot of this version of the detector
     */
    public static SignalDetector restore(byte[] state, DetectorSettings settings) {
        var in = new StateCodec.In(state);
        if (in.whole() != STATE_FORMAT) {
            throw new IllegalArgumentException("the detector's state was written by another version of it");
        }
        long tagCount = in.whole();
        if (tagCount < 1 || tagCount > state.length) {
            throw new IllegalArgumentException("the detector's state names " + tagCount + " tags");
        }
        int tags = (int) tagCount;
        var scaling = TagScaling.read(in, tags);
        var load = LoadModel.read(in, tags);
        var smoothed = SmoothedTags.read(in, tags, settings);
        var model = FeatureModel.read(in, 2 * tags);
        double limit = in.number();
        var rules = TagRules.read(in, tags);
        var frozen = FrozenTags.read(in, tags);
        var drift = DriftCusum.read(in, tags, settings);
        var detector = new SignalDetector(scaling, load, smoothed, model, limit, rules, frozen, drift, settings);
        detector.cusum.load(in);
        detector.episode.load(in);
        detector.recovery.load(in);
        if (!in.finished()) {
            throw new IllegalArgumentException("the detector's state is longer than this detector's");
        }
        return detector;
    }

    /**
     * What a stored state must match to be restored: the layout of {@link #snapshot} and the settings it was learned
     * with. A state of another version is learned afresh, never read with settings it was not learned under.
     */
    public static String stateVersion(DetectorSettings settings) {
        return STATE_FORMAT + ":" + settings;
    }
}
