package dev.tandem.signal.detection;

import java.util.Random;

/**
 * Generated signals of a healthy pump: four tags driven by one slowly wandering load plus their own noise, so that
 * they are correlated the way process tags are. Faults are injected on top by the tests.
 */
final class PlantSignals {

    static final long START = 1_700_000_000_000L;
    private static final double[] LOAD_WEIGHTS = {1.0, 0.8, -0.6, 0.5};
    private static final double[] NOISE = {0.3, 0.3, 0.2, 0.4};

    private final Random random;
    private double load;

    PlantSignals(long seed) {
        this.random = new Random(seed);
    }

    static long at(int second) {
        return START + second * 1000L;
    }

    double[] next() {
        load = 0.95 * load + 0.3 * random.nextGaussian();
        double[] values = new double[LOAD_WEIGHTS.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = 10 * (i + 1) + LOAD_WEIGHTS[i] * load + NOISE[i] * random.nextGaussian();
        }
        return values;
    }

    /** A detector fitted on the first {@code seconds} seconds of these signals, one sample a second. */
    SignalDetector fittedDetector(int seconds) {
        var window = new NormalWindow(LOAD_WEIGHTS.length, seconds);
        for (int second = 0; second < seconds; second++) {
            window.add(at(second), next());
        }
        return window.fit(DetectorSettings.defaults());
    }
}
