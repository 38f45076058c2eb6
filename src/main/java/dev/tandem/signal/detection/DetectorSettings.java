package dev.tandem.signal.detection;

/**
 * How a {@link SignalDetector} smooths, where it draws its limits and how it forms episodes. One set of settings
 * serves every equipment: limits are learned from each equipment's own normal window, these only scale them.
 *
 * @param smoothingSeconds time constant of the per-tag moving level; long enough to average the noise of 1 Hz
 *     sensors, short enough to follow a fault within a minute
 * @param warmUpSamples samples at the start of the normal window that only warm the smoothing up
 * @param shrinkage weight (0..1) pulling the feature covariance towards its diagonal: a few hundred correlated
 *     samples cannot estimate every cross term
 * @param limitQuantile quantile of the normal window's distance that anchors the limit
 * @param limitMargin factor on that quantile: the window is short, the plant keeps drifting after it
 * @param releaseSeconds how long every indicator must stay normal before an episode ends (hysteresis)
 * @param tagLevelSigmas univariate limit on a tag's smoothed level, in standard deviations of its raw signal
 * @param loadLevelSigmas the same limit for a tag judged against the machine's load ({@code LoadModel}), in standard
 *     deviations of what the load leaves of it: such a tag's level is judged by this limit alone, not by the
 *     multivariate distance, whose limit a short normal window draws far too tight for a level that the load
 *     explains (a day holds loads and hours the window did not)
 * @param tagRateMargin univariate limit on a tag's smoothed rate of change, as a multiple of the largest rate seen
 *     in the normal window
 * @param cusumSlack slack of the per-tag CUSUM, in standard deviations (half the shift it looks for)
 * @param cusumLimit decision limit of the per-tag CUSUM, in standard deviations
 * @param changepointQuietSeconds after a changepoint, further CUSUM alarms are folded into it for this long
 * @param driftSeconds time constant at which the normal level of every tag follows slow drift
 * @param loadDriftSeconds the same time constant for a tag judged against the machine's load: the load explains its
 *     level, what is left to follow is the ambient and wear, far slower than a fault's drift
 * @param followBelow the normal level follows only while the score stays below this share of the limit: never during
 *     an episode (a fault is never learned as normal), nor while the plant is close to one (a step just short of the
 *     limit is not absorbed either); an open episode lasts while the score stays above it (a deadband), so a fault that
 *     hovers at its limit is one episode instead of one each time noise takes it back over
 * @param wanderShare a tag whose normal-window variance is more than this share slow (it survives a minute's
 *     average), such as a temperature, wanders: it is judged against its own recent course, not the window's level
 * @param wanderSeconds time constant of that recent course
 * @param spreadMargin univariate limit on a tag's smoothed spread, as a multiple of the widest seen in the window
 * @param recoveryShare an episode that has lasted {@code releaseSeconds} ends once its distance from normal falls
 *     below this share of its worst: the fault has cleared, what is left is where the plant settles after it
 * @param settleSeconds after such a recovery the level the plant settles to is taken as normal for this long
 * @param frozenSeconds a tag whose reading repeats exactly for this long is frozen (stuck, or silent and held), at
 *     the least: a tag that repeated itself longer in the normal window is allowed {@code frozenMargin} times that
 * @param frozenMargin factor on the longest spell a tag's reading repeated itself in the normal window
 * @param driftSlack slack of the per-tag CUSUM of each sample's distance from its normal level, in standard deviations
 *     of the normal window: only what lies beyond it adds up
 * @param driftLimit that CUSUM's limit, at the least
 * @param driftMargin factor on the largest sum that CUSUM reached over the normal window, when that is above the
 *     limit
 * @param loadMemorySeconds memory of what running comfortably within normal teaches of how each tag tied to the
 *     machine's load answers it: set points the normal window never saw correct the slope drawn from it
 * @param driftAnchorSeconds the drift sum measures each sample from a normal that follows no faster than this (a tag
 *     that wanders by nature, or one judged against the load, excepted): the normal level the other rules judge
 *     against follows a slow fault's drift at a constant distance, which for a drift of a hundredth of a deviation
 *     a second stays short of the sum's slack for good
 */
public record DetectorSettings(
        double smoothingSeconds,
        int warmUpSamples,
        double shrinkage,
        double limitQuantile,
        double limitMargin,
        double releaseSeconds,
        double tagLevelSigmas,
        double loadLevelSigmas,
        double tagRateMargin,
        double cusumSlack,
        double cusumLimit,
        double changepointQuietSeconds,
        double driftSeconds,
        double loadDriftSeconds,
        double followBelow,
        double wanderShare,
        double wanderSeconds,
        double spreadMargin,
        double recoveryShare,
        double settleSeconds,
        double frozenSeconds,
        double frozenMargin,
        double driftSlack,
        double driftLimit,
        double driftMargin,
        double loadMemorySeconds,
        double driftAnchorSeconds) {

    public DetectorSettings {
        requirePositive(smoothingSeconds, "smoothingSeconds");
        if (warmUpSamples < 0) {
            throw new IllegalArgumentException("warmUpSamples must not be negative");
        }
        if (shrinkage < 0 || shrinkage > 1) {
            throw new IllegalArgumentException("shrinkage must be within 0..1");
        }
        if (limitQuantile <= 0 || limitQuantile > 1) {
            throw new IllegalArgumentException("limitQuantile must be within (0, 1]");
        }
        requirePositive(limitMargin, "limitMargin");
        requirePositive(releaseSeconds, "releaseSeconds");
        requirePositive(tagLevelSigmas, "tagLevelSigmas");
        requirePositive(loadLevelSigmas, "loadLevelSigmas");
        requirePositive(tagRateMargin, "tagRateMargin");
        requirePositive(cusumSlack, "cusumSlack");
        requirePositive(cusumLimit, "cusumLimit");
        requirePositive(changepointQuietSeconds, "changepointQuietSeconds");
        requirePositive(driftSeconds, "driftSeconds");
        requirePositive(loadDriftSeconds, "loadDriftSeconds");
        if (followBelow <= 0 || followBelow > 1) {
            throw new IllegalArgumentException("followBelow must be within (0, 1]");
        }
        requirePositive(wanderShare, "wanderShare");
        requirePositive(wanderSeconds, "wanderSeconds");
        requirePositive(spreadMargin, "spreadMargin");
        if (recoveryShare < 0 || recoveryShare >= 1) {
            throw new IllegalArgumentException("recoveryShare must be within 0..1 (0: episodes end only at the limit)");
        }
        requirePositive(settleSeconds, "settleSeconds");
        requirePositive(frozenSeconds, "frozenSeconds");
        requirePositive(frozenMargin, "frozenMargin");
        requirePositive(driftSlack, "driftSlack");
        requirePositive(driftLimit, "driftLimit");
        requirePositive(driftMargin, "driftMargin");
        requirePositive(loadMemorySeconds, "loadMemorySeconds");
        requirePositive(driftAnchorSeconds, "driftAnchorSeconds");
    }

    /** The settings measured in docs/benchmarks.md (section "SKAB: early-warning detector"). */
    public static DetectorSettings defaults() {
        return new DetectorSettings(
                20, 60, 0.5, 0.99, 7, 5, 8, 4, 4, 1.5, 20, 60, 200, 900, 0.85, 0.4, 120, 4, 0.1, 180, 15, 2, 5, 8, 2,
                3600, 1800);
    }

    private static void requirePositive(double value, String name) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a positive number");
        }
    }
}
