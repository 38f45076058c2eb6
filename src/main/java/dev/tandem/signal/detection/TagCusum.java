package dev.tandem.signal.detection;

/**
 * Two-sided CUSUM per standardized tag for changepoints. After an alarm the tag's reference moves to its current
 * smoothed level, so the next change (a fault's end, its next stage) is found as well; alarms that follow within
 * the quiet time are folded into the first, so one shift across several tags is one changepoint.
 */
final class TagCusum {

    private final double slack;
    private final double limit;
    private final double quietSeconds;
    private final double[] reference;
    private final double[] upward;
    private final double[] downward;
    private double lastChangeSeconds = Double.NEGATIVE_INFINITY;

    TagCusum(int tagCount, double slack, double limit, double quietSeconds) {
        this.slack = slack;
        this.limit = limit;
        this.quietSeconds = quietSeconds;
        this.reference = new double[tagCount];
        this.upward = new double[tagCount];
        this.downward = new double[tagCount];
    }

    boolean update(double atSeconds, double[] z, SmoothedTags smoothed) {
        boolean alarm = false;
        for (int i = 0; i < reference.length; i++) {
            double deviation = z[i] - reference[i];
            upward[i] = Math.max(0, upward[i] + deviation - slack);
            downward[i] = Math.max(0, downward[i] - deviation - slack);
            if (upward[i] > limit || downward[i] > limit) {
                alarm = true;
                reference[i] = smoothed.rawLevel(i);
                upward[i] = 0;
                downward[i] = 0;
            }
        }
        if (!alarm || atSeconds - lastChangeSeconds < quietSeconds) {
            return false;
        }
        lastChangeSeconds = atSeconds;
        return true;
    }

    void save(StateCodec.Out out) {
        out.numbers(reference).numbers(upward).numbers(downward).number(lastChangeSeconds);
    }

    void load(StateCodec.In in) {
        int tagCount = reference.length;
        System.arraycopy(in.numbers(tagCount), 0, reference, 0, tagCount);
        System.arraycopy(in.numbers(tagCount), 0, upward, 0, tagCount);
        System.arraycopy(in.numbers(tagCount), 0, downward, 0, tagCount);
        lastChangeSeconds = in.number();
    }
}
