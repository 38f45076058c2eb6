package dev.tandem.signal.detection;

import java.util.Arrays;

/**
 * The end of a fault that does not bring the plant back exactly where it was. An open episode remembers its worst
 * distance from normal; once the distance has fallen below a share of that worst, the fault has cleared, the episode
 * ends, and for a settling time the level the plant comes to rest at is taken as its normal (an offset on the
 * model's features). A fault that flickers or eases a little stays one episode: only a fall to a small share counts.
 */
final class Recovery {

    // an episode younger than this has not shown its worst yet
    private static final double MINIMUM_SECONDS = 30;

    private final double share;
    private final double settleSeconds;
    private final double[] offset;
    private double settlingUntil = Double.NEGATIVE_INFINITY;
    private boolean handOver;
    private boolean open;
    private double openedAt;
    private double worst;

    Recovery(int width, DetectorSettings settings) {
        this.share = settings.recoveryShare();
        this.settleSeconds = settings.settleSeconds();
        this.offset = new double[width];
    }

    /**
     * Moves the features by the offset; while settling, the offset first takes up wherever the features are. Once
     * settled, the levels' offsets become the tags' normal levels, which follow on from there (kept apart, the normal
     * would follow the settled level as well and count it twice).
     */
    void apply(double atSeconds, double[] features, double[] normalMean, SmoothedTags smoothed) {
        boolean settling = atSeconds < settlingUntil;
        if (!settling && handOver) {
            handOver = false;
            for (int tag = 0; tag < smoothed.tagCount(); tag++) {
                smoothed.moveNormal(tag, offset[tag]);
                features[tag] -= offset[tag];
                offset[tag] = 0;
            }
        }
        for (int j = 0; j < features.length; j++) {
            if (settling) {
                offset[j] = features[j] - normalMean[j];
            }
            features[j] -= offset[j];
        }
    }

    /**
     * The feed was lost for {@code gapSeconds} while the plant settled: the settling time counts the time watched, so it
     * runs on by the gap (its end would otherwise hand over an offset taken before the gap, where the plant had not
     * settled yet).
     */
    void postpone(double gapSeconds) {
        if (handOver) {
            settlingUntil += gapSeconds;
        }
    }

    /**
     * The machine starts again after a stop: whatever it was settling at after a fault before it stopped is no longer
     * news, and was not watched settling. The offsets not yet handed over are dropped, and with them a spread's offset
     * kept from an earlier recovery (a spread has no normal that follows it): the plant is judged against what it
     * learned, its levels' normal as it followed them.
     */
    void restart() {
        Arrays.fill(offset, 0);
        settlingUntil = Double.NEGATIVE_INFINITY;
        handOver = false;
        open = false;
    }

    /** Whether the plant is settling after a recovered fault. */
    boolean settling(double atSeconds) {
        return atSeconds < settlingUntil;
    }

    /** The offset of feature {@code j} (a tag's level is feature {@code tag}). */
    double offset(int j) {
        return offset[j];
    }

    /**
     * Follows an open episode; true when it has just recovered, after which the settling time runs.
     *
     * @param distance how far from normal the plant is now, as a ratio to the limit, its rate of change left out
     *     (a step's first seconds are steep, and must not make everything after look like a recovery)
     */
    boolean recovered(double atSeconds, boolean episodeOpen, double distance, double[] features, double[] normalMean) {
        if (!episodeOpen) {
            open = false;
            return false;
        }
        if (!open) {
            open = true;
            openedAt = atSeconds;
            worst = 0;
        }
        worst = Math.max(worst, distance);
        if (share <= 0 || atSeconds - openedAt < MINIMUM_SECONDS || distance >= share * worst) {
            return false;
        }
        for (int j = 0; j < features.length; j++) {
            offset[j] += features[j] - normalMean[j];
        }
        settlingUntil = atSeconds + settleSeconds;
        handOver = true;
        open = false;
        return true;
    }

    void save(StateCodec.Out out) {
        out.numbers(offset)
                .number(settlingUntil)
                .flag(handOver)
                .flag(open)
                .number(openedAt)
                .number(worst);
    }

    void load(StateCodec.In in) {
        System.arraycopy(in.numbers(offset.length), 0, offset, 0, offset.length);
        settlingUntil = in.number();
        handOver = in.flag();
        open = in.flag();
        openedAt = in.number();
        worst = in.number();
    }
}
