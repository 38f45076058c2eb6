package dev.tandem.signal.detection;

/** The little linear algebra the detector needs, on plain arrays so that the hot path allocates nothing. */
final class SymmetricMatrices {

    private SymmetricMatrices() {}

    /** Inverse of a symmetric positive definite matrix through its Cholesky factor. */
    static double[][] invert(double[][] matrix) {
        int n = matrix.length;
        double[][] lower = cholesky(matrix);
        double[][] inverse = new double[n][n];
        double[] unit = new double[n];
        for (int column = 0; column < n; column++) {
            unit[column] = 1;
            double[] solved = solve(lower, unit);
            unit[column] = 0;
            for (int row = 0; row < n; row++) {
                inverse[row][column] = solved[row];
            }
        }
        return inverse;
    }

    static double[][] cholesky(double[][] matrix) {
        int n = matrix.length;
        double[][] lower = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = matrix[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= lower[i][k] * lower[j][k];
                }
                if (i == j) {
                    if (!(sum > 0)) {
                        throw new IllegalArgumentException("matrix is not positive definite");
                    }
                    lower[i][i] = Math.sqrt(sum);
                } else {
                    lower[i][j] = sum / lower[j][j];
                }
            }
        }
        return lower;
    }

    /** Solves L Lᵀ x = b by a forward and a backward substitution. */
    private static double[] solve(double[][] lower, double[] b) {
        int n = b.length;
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = b[i];
            for (int k = 0; k < i; k++) {
                sum -= lower[i][k] * y[k];
            }
            y[i] = sum / lower[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double sum = y[i];
            for (int k = i + 1; k < n; k++) {
                sum -= lower[k][i] * x[k];
            }
            x[i] = sum / lower[i][i];
        }
        return x;
    }
}
