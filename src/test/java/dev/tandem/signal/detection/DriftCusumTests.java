package dev.tandem.signal.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DriftCusumTests {

    private static final DetectorSettings SETTINGS = DetectorSettings.defaults();

    @Test
    void aLevelThatStaysBetweenTheSlackAndTheLevelsLimitAddsUpToAWarningWithinSeconds() {
        var cusum = learnedOnNoise(41);
        var noise = new Random(42);

        int seconds = 0;
        // seven standard deviations off normal: short of the smoothed level's limit of eight, two past the slack
        while (cusum.ratio(0) < 1 && seconds < 60) {
            cusum.update(new double[] {7 + 0.3 * noise.nextGaussian()});
            seconds++;
        }

        assertThat(seconds).isBetween(3, 6);
    }

    @Test
    void noiseWithinTheSlackNeverAddsUp() {
        var cusum = learnedOnNoise(43);
        var noise = new Random(44);
        double highest = 0;

        for (int second = 0; second < 86_400; second++) {
            cusum.update(new double[] {noise.nextGaussian()});
            highest = Math.max(highest, cusum.ratio(0));
        }

        assertThat(highest).isLessThan(0.5);
    }

    @Test
    void aLongShiftIsPaidBackWithinSecondsOnceTheLevelIsBackAndFromScratchAfterAStart() {
        var cusum = learnedOnNoise(45);
        for (int second = 0; second < 3600; second++) {
            cusum.update(new double[] {-10});
        }
        assertThat(cusum.ratio(0)).isGreaterThan(1);

        int seconds = 0;
        while (cusum.ratio(0) >= 1) {
            cusum.update(new double[] {0});
            seconds++;
        }
        assertThat(seconds).isLessThanOrEqualTo(2);

        cusum.update(new double[] {-10});
        cusum.reset();
        assertThat(cusum.ratio(0)).isZero();
    }

    @Test
    void aLimitIsDrawnFromTheLargestSumTheNormalWindowReached() {
        double[][] quiet = new double[600][];
        double[][] bumpy = new double[600][];
        for (int row = 0; row < 600; row++) {
            quiet[row] = new double[] {0};
            // thirty seconds at six deviations, one past the slack: the sums reach 30 in the window
            bumpy[row] = new double[] {row >= 100 && row < 130 ? 6 : 0};
        }
        var fromQuiet = DriftCusum.fit(quiet, 1, SETTINGS);
        var fromBumpy = DriftCusum.fit(bumpy, 1, SETTINGS);

        for (int second = 0; second < 10; second++) {
            fromQuiet.update(new double[] {6});
            fromBumpy.update(new double[] {6});
        }

        assertThat(fromQuiet.ratio(0)).isGreaterThanOrEqualTo(1);
        assertThat(fromBumpy.ratio(0)).isLessThan(1);
    }

    private static DriftCusum learnedOnNoise(long seed) {
        var noise = new Random(seed);
        double[][] window = new double[1800][];
        for (int row = 0; row < window.length; row++) {
            window[row] = new double[] {noise.nextGaussian()};
        }
        return DriftCusum.fit(window, 1, SETTINGS);
    }
}
