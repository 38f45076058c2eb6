package dev.tandem.signal.detection.nab;

import dev.tandem.signal.detection.skab.NabProfile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * NAB's scorer as NAB runs it, for one profile. Rows in the first 15 % of a series (at most 750) are its probation
 * and are not scored. A detection inside a window earns by its position, {@code tp · σ(p) / σ(-1)} where p runs from
 * -1 at the window's start to about 0 at its end; only a window's best (earliest) detection counts, and a window
 * without one costs {@code fn}. A detection outside every window costs {@code fp · σ(p)}, p being its distance past
 * the preceding window in window lengths (3, the full cost, when no window precedes it), with σ(x) = 2 / (1 + e^5x)
 * − 1 (−1 from x = 3 on). The threshold on the anomaly score is chosen once for the whole corpus, the one that
 * scores best; the score is normalised between a detector that finds nothing (0) and a perfect one (100).
 */
public final class NabScorer {

    static final double PROBATION = 0.15;
    static final int PROBATION_CAP_ROWS = 5000;

    /** A scorable row: its anomaly score, what detecting it is worth, and its window (-1 outside every window). */
    record Row(double anomalyScore, double worth, int window) {}

    /** The corpus's best threshold and the raw and normalised score it gives. */
    public record Result(double threshold, double raw, double normalised, int windows, int detectedWindows, int falseRows) {}

    private final NabProfile profile;
    private final List<Row> rows = new ArrayList<>();
    private int windows;

    public NabScorer(NabProfile profile) {
        this.profile = profile;
    }

    /** Adds one series: an anomaly score per row and its windows as [first row, last row], in time order. */
    public void add(double[] anomalyScores, List<int[]> windowRows) {
        int length = anomalyScores.length;
        int probation = (int) Math.min(Math.floor(PROBATION * length), PROBATION * PROBATION_CAP_ROWS);
        double maxReward = scaledSigmoid(-1);
        int next = 0;
        int[] current = null;
        int[] previous = null;
        int currentId = -1;
        for (int row = 0; row < length; row++) {
            if (current == null && next < windowRows.size() && windowRows.get(next)[0] == row) {
                current = windowRows.get(next++);
                currentId = windows + next - 1;
            }
            double worth;
            if (current != null) {
                double width = current[1] - current[0] + 1;
                worth = scaledSigmoid(-(current[1] - row + 1) / width) * profile.truePositive() / maxReward;
            } else {
                double past = previous == null ? 3.0 : Math.abs(previous[1] - row) / (double) (previous[1] - previous[0]);
                // the profile's false-positive weight is a cost (negative); NAB's σ is negative out here, so negate it once
                worth = -scaledSigmoid(past) * profile.falsePositive();
            }
            if (row >= probation) {
                rows.add(new Row(anomalyScores[row], worth, current == null ? -1 : currentId));
            }
            if (current != null && row == current[1]) {
                previous = current;
                current = null;
            }
        }
        windows += windowRows.size();
    }

    /**
     * Sweeps the threshold down through every anomaly score of the corpus; the score at a threshold counts every row
     * at or above it. Ties in score go to the higher threshold, as NAB's stable sort does.
     */
    public Result best() {
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingDouble(Row::anomalyScore).reversed());
        var detected = new Detections();
        Result best = detected.result(1.1);
        for (int i = 0; i < sorted.size(); i++) {
            Row row = sorted.get(i);
            detected.add(row);
            boolean lastOfScore = i == sorted.size() - 1 || sorted.get(i + 1).anomalyScore() != row.anomalyScore();
            if (lastOfScore && detected.raw() > best.raw()) {
                best = detected.result(row.anomalyScore());
            }
        }
        return best;
    }

    /**
     * The score at a threshold chosen elsewhere: a family left out is judged at the threshold the other families
     * chose, as NAB's kept-back series are judged at the threshold of the rest.
     */
    public Result at(double threshold) {
        var detected = new Detections();
        for (Row row : rows) {
            if (row.anomalyScore() >= threshold) {
                detected.add(row);
            }
        }
        return detected.result(threshold);
    }

    /** Rows taken as detections so far: a window is worth its best detection, a false row costs its worth. */
    private final class Detections {

        private final Map<Integer, Double> windowBest = new HashMap<>();
        private double falseSum;
        private double windowSum = windows * profile.falseNegative();
        private int falseRows;

        void add(Row row) {
            if (row.window() < 0) {
                falseSum += row.worth();
                falseRows++;
            } else {
                double before = windowBest.getOrDefault(row.window(), profile.falseNegative());
                double after = Math.max(before, row.worth());
                windowBest.put(row.window(), after);
                windowSum += after - before;
            }
        }

        double raw() {
            return falseSum + windowSum;
        }

        Result result(double threshold) {
            return new Result(threshold, raw(), normalise(raw()), windows, windowBest.size(), falseRows);
        }
    }

    /** 100 · (raw − null) / (perfect − null): null finds nothing (every window missed), perfect finds each at once. */
    double normalise(double raw) {
        double none = profile.falseNegative() * windows;
        double perfect = profile.truePositive() * windows;
        return 100 * (raw - none) / (perfect - none);
    }

    /** 2 / (1 + e^(5x)) − 1, and −1 from x = 3 on. */
    static double scaledSigmoid(double x) {
        return x >= 3 ? -1 : 2 / (1 + Math.exp(5 * x)) - 1;
    }
}
