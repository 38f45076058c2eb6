package dev.tandem.signal.detection.skab;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * SKAB's outlier detection figures, counted over every scored row of every file: F1 = TP / (TP + (FP + FN) / 2),
 * FAR = FP / (FP + TN) · 100 and MAR = FN / (FN + TP) · 100.
 */
public final class OutlierScore {

    private long truePositives;
    private long falsePositives;
    private long falseNegatives;
    private long trueNegatives;

    /** Counts one file's scored rows; both arrays hold 0 or 1 per row. */
    public void add(int[] predicted, int[] actual) {
        if (predicted.length != actual.length) {
            throw new IllegalArgumentException("predicted and actual labels differ in length");
        }
        for (int row = 0; row < actual.length; row++) {
            boolean flagged = predicted[row] == 1;
            boolean anomalous = actual[row] == 1;
            if (flagged && anomalous) {
                truePositives++;
            } else if (flagged) {
                falsePositives++;
            } else if (anomalous) {
                falseNegatives++;
            } else {
                trueNegatives++;
            }
        }
    }

    public double f1() {
        return truePositives / (truePositives + (falsePositives + falseNegatives) / 2.0);
    }

    public double falseAlarmRate() {
        return 100.0 * falsePositives / (falsePositives + trueNegatives);
    }

    public double missedAlarmRate() {
        return 100.0 * falseNegatives / (falseNegatives + truePositives);
    }

    /**
     * Rounds half-even to 2 decimals on the double's exact binary value, as Python's {@code round(x, 2)} does (2.675
     * is stored as 2.67499..., so it becomes 2.67).
     */
    public static BigDecimal rounded(double value) {
        return new BigDecimal(value).setScale(2, RoundingMode.HALF_EVEN);
    }
}
