package dev.tandem.signal.detection.skab;

/** NAB's reward for a detected changepoint, cost of a false one and cost of a missed one, as SKAB weighs them. */
public enum NabProfile {
    STANDARD(1, -0.11, -1),
    LOW_FP(1, -0.22, -1),
    LOW_FN(1, -0.11, -2);

    private final double truePositive;
    private final double falsePositive;
    private final double falseNegative;

    NabProfile(double truePositive, double falsePositive, double falseNegative) {
        this.truePositive = truePositive;
        this.falsePositive = falsePositive;
        this.falseNegative = falseNegative;
    }

    public double truePositive() {
        return truePositive;
    }

    public double falsePositive() {
        return falsePositive;
    }

    public double falseNegative() {
        return falseNegative;
    }

    /**
     * Reward of the first detection at position {@code e} (0..999) of its window: the scaled sigmoid y(x) at
     * x = linspace(-π/2, π/2, 1000)[e], from the full reward at the window's start down to the false-positive
     * cost at its end.
     */
    public double reward(int e) {
        double x = -Math.PI / 2 + e * Math.PI / 999;
        double half = (truePositive - falsePositive) / 2;
        return half * (-Math.tanh(x) / Math.tanh(Math.PI / 2)) + half + falsePositive;
    }
}
