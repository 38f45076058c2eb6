package dev.tandem.signal.detection;

/** Per-tag location and scale of the normal window, so that every tag speaks in standard deviations. */
final class TagScaling {

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

    void standardize(double[] values, double[] into) {
        for (int i = 0; i < means.length; i++) {
            into[i] = (values[i] - means[i]) / deviations[i];
        }
    }
}
