package dev.tandem.signal.detection.skab;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * SKAB's NAB-style changepoint score, summed over files. Each true changepoint t opens the window [t, t + 60 s]; on
 * overlap the later window starts where the earlier ends. Only the first prediction inside a window counts, with
 * the reward of its position; a prediction outside every window costs the false-positive weight and a window
 * without a prediction the false-negative weight. Score = 100 · (S − null) / (perfect − null).
 */
public final class ChangepointScore {

    static final long WINDOW_MILLIS = 60_000;

    private final Map<NabProfile, Double> sums = new EnumMap<>(NabProfile.class);
    private long windows;

    public ChangepointScore() {
        for (NabProfile profile : NabProfile.values()) {
            sums.put(profile, 0.0);
        }
    }

    /** Scores one file's scored rows: time of each row, true and predicted changepoint labels (0 or 1). */
    public void add(long[] timestampsMillis, int[] actual, int[] predicted) {
        if (timestampsMillis.length != actual.length || actual.length != predicted.length) {
            throw new IllegalArgumentException("timestamps and labels differ in length");
        }
        List<long[]> fileWindows = windows(timestampsMillis, actual);
        windows += fileWindows.size();
        for (NabProfile profile : NabProfile.values()) {
            sums.merge(profile, score(fileWindows, timestampsMillis, predicted, profile), Double::sum);
        }
    }

    public double score(NabProfile profile) {
        double perfect = windows * profile.truePositive();
        double none = windows * profile.falseNegative();
        return 100 * (sums.get(profile) - none) / (perfect - none);
    }

    public long windows() {
        return windows;
    }

    static List<long[]> windows(long[] timestampsMillis, int[] actual) {
        List<long[]> windows = new ArrayList<>();
        for (int row = 0; row < actual.length; row++) {
            if (actual[row] != 1) {
                continue;
            }
            long start = timestampsMillis[row];
            long end = start + WINDOW_MILLIS;
            if (!windows.isEmpty()) {
                start = Math.max(start, windows.get(windows.size() - 1)[1]);
            }
            windows.add(new long[] {start, end});
        }
        return windows;
    }

    private static double score(List<long[]> windows, long[] times, int[] predicted, NabProfile profile) {
        boolean[] detected = new boolean[windows.size()];
        double sum = 0;
        for (int row = 0; row < predicted.length; row++) {
            if (predicted[row] != 1) {
                continue;
            }
            int window = windowOf(windows, times[row]);
            if (window < 0) {
                sum += profile.falsePositive();
            } else if (!detected[window]) {
                detected[window] = true;
                sum += profile.reward(position(windows.get(window), times[row]));
            }
        }
        for (boolean hit : detected) {
            sum += hit ? 0 : profile.falseNegative();
        }
        return sum;
    }

    private static int windowOf(List<long[]> windows, long time) {
        for (int i = 0; i < windows.size(); i++) {
            if (windows.get(i)[0] <= time && time <= windows.get(i)[1]) {
                return i;
            }
        }
        return -1;
    }

    /** e = int((p − start) / (end − start) · 1000), capped at 999. */
    static int position(long[] window, long time) {
        long length = window[1] - window[0];
        if (length <= 0) {
            return 0;
        }
        // the same order of operations as the protocol, so that rounding lands on the same integer
        return (int) Math.min(999, (double) (time - window[0]) / length * 1000);
    }
}
