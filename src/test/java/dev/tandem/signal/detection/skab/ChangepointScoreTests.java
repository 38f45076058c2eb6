package dev.tandem.signal.detection.skab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ChangepointScoreTests {

    private static final long T0 = 1_583_748_873_000L;

    @Test
    void rewardsRunFromTheFullRewardAtAWindowsStartToTheFalsePositiveCostAtItsEnd() {
        // y(x) at x = -π/2: (1 + 0.11) / 2 · (tanh(π/2) / tanh(π/2)) + 0.555 - 0.11 = 0.555 + 0.555 - 0.11 = 1
        assertThat(NabProfile.STANDARD.reward(0)).isCloseTo(1.0, within(1e-12));
        // at x = π/2: -0.555 + 0.555 - 0.11 = -0.11
        assertThat(NabProfile.STANDARD.reward(999)).isCloseTo(-0.11, within(1e-12));
        // e = 500: x = -π/2 + 500π/999 = 0.0015724; y = 0.555 · (1 - tanh(0.0015724) / 0.9171523) - 0.11 = 0.4440485
        assertThat(NabProfile.STANDARD.reward(500)).isCloseTo(0.4440485, within(1e-6));
    }

    @Test
    void scoresAHundredForADetectionAtTheFirstSecondOfEveryWindow() {
        var score = new ChangepointScore();

        // changepoint at row 10: window [10 s, 70 s]; predicted at 10 s, e = 0, reward 1
        score.add(seconds(120), marks(120, 10), marks(120, 10));

        // S = 1, null = 1 · -1, perfect = 1 · 1: 100 · (1 + 1) / (1 + 1) = 100, in every profile
        assertThat(score.score(NabProfile.STANDARD)).isCloseTo(100, within(1e-9));
        assertThat(score.score(NabProfile.LOW_FP)).isCloseTo(100, within(1e-9));
        assertThat(score.score(NabProfile.LOW_FN)).isCloseTo(100, within(1e-9));
    }

    @Test
    void scoresALateDetectionAndChargesAPredictionOutsideEveryWindow() {
        var score = new ChangepointScore();

        // window [10 s, 70 s]; predictions at 40 s (e = int(30 / 60 · 1000) = 500) and at 100 s (outside)
        score.add(seconds(120), marks(120, 10), marks(120, 40, 100));

        // Standard: S = 0.4440485 - 0.11 = 0.3340485; 100 · (0.3340485 + 1) / 2 = 66.70
        assertThat(score.score(NabProfile.STANDARD)).isCloseTo(66.7024, within(1e-4));
        // LowFP: y(500) = 0.61 · (1 - 0.0017144) - 0.22 = 0.3889542; S = 0.3889542 - 0.22; 100 · (S + 1) / 2 = 58.45
        assertThat(score.score(NabProfile.LOW_FP)).isCloseTo(58.4477, within(1e-4));
        // LowFN: S = 0.3340485 as Standard, null = -2, perfect = 1: 100 · (0.3340485 + 2) / 3 = 77.80
        assertThat(score.score(NabProfile.LOW_FN)).isCloseTo(77.8016, within(1e-4));
    }

    @Test
    void startsAnOverlappingWindowWhereTheEarlierEndsAndCountsOnlyTheFirstDetectionInIt() {
        var score = new ChangepointScore();

        // changepoints at 0 s and 30 s: windows [0, 60] and [60, 90] (not [30, 90]);
        // predictions at 75 s (e = int(15 / 30 · 1000) = 500 of the second window) and 80 s (same window: ignored)
        score.add(seconds(120), marks(120, 0, 30), marks(120, 75, 80));

        // S = -1 (first window missed) + 0.4440485 = -0.5559515; null = -2, perfect = 2:
        // 100 · (-0.5559515 + 2) / 4 = 36.10
        assertThat(score.score(NabProfile.STANDARD)).isCloseTo(36.1012, within(1e-4));
        assertThat(score.windows()).isEqualTo(2);
    }

    @Test
    void sumsFilesBeforeNormalising() {
        var score = new ChangepointScore();

        score.add(seconds(120), marks(120, 10), marks(120, 10));
        score.add(seconds(120), marks(120, 10), marks(120));

        // S = 1 - 1 = 0, windows 2: 100 · (0 + 2) / 4 = 50
        assertThat(score.score(NabProfile.STANDARD)).isCloseTo(50, within(1e-9));
    }

    @Test
    void measuresWindowsInTimeNotInRows() {
        // two-second steps: the window [t, t + 60 s] spans 30 rows, so row 15 (30 s in) is in its middle (e = 500)
        long[] times = new long[60];
        for (int row = 0; row < times.length; row++) {
            times[row] = T0 + 2000L * row;
        }
        var score = new ChangepointScore();

        score.add(times, marks(60, 0), marks(60, 15));

        assertThat(score.score(NabProfile.STANDARD)).isCloseTo(100 * (0.4440485 + 1) / 2, within(1e-4));
    }

    private static long[] seconds(int rows) {
        long[] times = new long[rows];
        for (int row = 0; row < rows; row++) {
            times[row] = T0 + 1000L * row;
        }
        return times;
    }

    private static int[] marks(int rows, int... marked) {
        int[] labels = new int[rows];
        for (int row : marked) {
            labels[row] = 1;
        }
        return labels;
    }
}
