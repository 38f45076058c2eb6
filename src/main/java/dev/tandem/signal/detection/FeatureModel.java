package dev.tandem.signal.detection;

/**
 * Hotelling's T² of the smoothed features around the normal window, with a shrunk covariance. Besides the
 * distance it splits it into per-feature shares (dᵢ · (Σ⁻¹d)ᵢ), which add up to the distance and name the tags
 * behind a warning. Features may be left out (a level judged against the machine's load is judged on its own).
 */
final class FeatureModel {

    // keeps the covariance invertible when a feature never moved in the normal window
    private static final double RIDGE = 1e-6;

    private final double[] mean;
    private final double[][] precision;
    private final double[] centred;

    private FeatureModel(double[] mean, double[][] precision) {
        this.mean = mean;
        this.precision = precision;
        this.centred = new double[mean.length];
    }

    static FeatureModel fit(double[][] features, double shrinkage, boolean[] leftOut) {
        int width = features[0].length;
        double[] mean = new double[width];
        for (double[] row : features) {
            for (int j = 0; j < width; j++) {
                mean[j] += row[j] / features.length;
            }
        }
        double[][] covariance = new double[width][width];
        for (double[] row : features) {
            for (int i = 0; i < width; i++) {
                for (int j = 0; j <= i; j++) {
                    covariance[i][j] += (row[i] - mean[i]) * (row[j] - mean[j]) / features.length;
                }
            }
        }
        for (int i = 0; i < width; i++) {
            for (int j = 0; j < i; j++) {
                // shrink the cross terms only: the diagonal is what a short window estimates well
                covariance[i][j] *= 1 - shrinkage;
                covariance[j][i] = covariance[i][j];
            }
            covariance[i][i] += RIDGE;
        }
        for (int i = 0; i < width; i++) {
            if (leftOut[i]) {
                // a feature left out weighs nothing: apart from the others in the covariance, nil in its inverse
                for (int j = 0; j < width; j++) {
                    covariance[i][j] = i == j ? 1 : 0;
                    covariance[j][i] = covariance[i][j];
                }
            }
        }
        double[][] precision = SymmetricMatrices.invert(covariance);
        for (int i = 0; i < width; i++) {
            if (leftOut[i]) {
                precision[i][i] = 0;
            }
        }
        return new FeatureModel(mean, precision);
    }

    /** The T² distance of {@code features}; writes each feature's share of it into {@code shares}. */
    double distance(double[] features, double[] shares) {
        int width = mean.length;
        for (int j = 0; j < width; j++) {
            centred[j] = features[j] - mean[j];
        }
        double total = 0;
        for (int i = 0; i < width; i++) {
            double[] row = precision[i];
            double product = 0;
            for (int j = 0; j < width; j++) {
                product += row[j] * centred[j];
            }
            shares[i] = centred[i] * product;
            total += shares[i];
        }
        return total;
    }

    double[] mean() {
        return mean;
    }

    int width() {
        return mean.length;
    }

    void save(StateCodec.Out out) {
        out.numbers(mean).matrix(precision);
    }

    static FeatureModel read(StateCodec.In in, int width) {
        return new FeatureModel(in.numbers(width), in.matrix(width));
    }
}
