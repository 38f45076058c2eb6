package dev.tandem.signal.detection;

/** Per-tag location and scale of the normal window, so that every tag speaks in standard deviations. */
final class TagScaling {

    private static final double WANDER_AVERAGE_SECONDS = 60;

    private final double[] means;
    private final double[] deviations;

    private TagScaling(double[] means, double[] deviations) {
        this.means = means;
        this.deviations = deviations;
    }

    static TagScaling of(double[][] rows, int tagCount) {
        double[] means = new double[tagCount];
        double[] squares = new double[tagCount];
        for (double[] row : rows) {
            for (int i = 0; i < tagCount; i++) {
                means[i] += row[i];
            }
        }
        for (int i = 0; i < tagCount; i++) {
            means[i] /= rows.length;
        }
        for (double[] row : rows) {
            for (int i = 0; i < tagCount; i++) {
                double d = row[i] - means[i];
                squares[i] += d * d;
            }
        }
        double[] deviations = new double[tagCount];
        for (int i = 0; i < tagCount; i++) {
            // a tag that never moved in the normal window still needs a finite scale: any later move is news
            double floor = 1e-6 * (Math.abs(means[i]) + 1);
            deviations[i] = Math.max(Math.sqrt(squares[i] / rows.length), floor);
        }
        return new TagScaling(means, deviations);
    }

    /**
     * Which tags wander: more than {@code share} of their standardized variance in the normal window survives a
     * one-minute moving average (of what is left once the load is accounted for). Noise and fast load swings average out within a minute; a temperature's slow course
     * does not.
     */
    static boolean[] wandering(long[] timestamps, double[][] standardized, double share) {
        int tagCount = standardized[0].length;
        double[] average = new double[tagCount];
        double[] sum = new double[tagCount];
        double[] squares = new double[tagCount];
        int counted = 0;
        for (int row = 0; row < standardized.length; row++) {
            double[] z = standardized[row];
            double step = row == 0 ? 0 : Math.max(0, timestamps[row] - timestamps[row - 1]) / 1000.0;
            double alpha = row == 0 ? 1 : 1 - Math.exp(-step / WANDER_AVERAGE_SECONDS);
            for (int i = 0; i < tagCount; i++) {
                average[i] += alpha * (z[i] - average[i]);
            }
            // the first minute only warms the average up
            if (timestamps[row] - timestamps[0] >= WANDER_AVERAGE_SECONDS * 1000) {
                counted++;
                for (int i = 0; i < tagCount; i++) {
                    sum[i] += average[i];
                    squares[i] += average[i] * average[i];
                }
            }
        }
        boolean[] wanders = new boolean[tagCount];
        for (int i = 0; i < tagCount && counted > 1; i++) {
            double mean = sum[i] / counted;
            wanders[i] = squares[i] / counted - mean * mean > share;
        }
        return wanders;
    }

    void standardize(double[] values, double[] into) {
        for (int i = 0; i < means.length; i++) {
            into[i] = (values[i] - means[i]) / deviations[i];
        }
    }

    /** A standardized value of tag {@code tag} back in the tag's own unit. */
    double raw(int tag, double z) {
        return means[tag] + z * deviations[tag];
    }

    void save(StateCodec.Out out) {
        out.numbers(means).numbers(deviations);
    }

    static TagScaling read(StateCodec.In in, int tagCount) {
        return new TagScaling(in.numbers(tagCount), in.numbers(tagCount));
    }
}
