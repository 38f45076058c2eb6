package dev.tandem.signal.bench;

import dev.tandem.signal.detection.DetectorSettings;
import dev.tandem.signal.detection.NormalWindow;
import dev.tandem.signal.detection.SignalDetector;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of {@link SignalDetector#update}: one operation is one tag value (a sample of one signal), so an
 * update of an 8-tag equipment counts as 8. Each invocation feeds {@value #BATCH} consecutive updates. {@code floor}
 * does the least arithmetic any streaming detector does per value over the same samples: the limit it is compared
 * against.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DetectorUpdateBenchmark {

    static final int BATCH = 1024;
    static final int TAGS = 8;

    @Param({"8"})
    int tags;

    private SignalDetector detector;
    private double[][] samples;
    private long timestamp;
    private double[] means;
    private double[] scales;
    private double[] levels;

    @Setup(Level.Trial)
    public void fit() {
        var random = new Random(42);
        samples = new double[BATCH][];
        var window = new NormalWindow(tags, 400);
        for (int row = 0; row < 400; row++) {
            window.add(row * 1000L, sample(random));
        }
        for (int row = 0; row < BATCH; row++) {
            samples[row] = sample(random);
        }
        detector = window.fit(DetectorSettings.defaults());
        timestamp = 400_000L;
        means = new double[tags];
        scales = new double[tags];
        levels = new double[tags];
        for (int i = 0; i < tags; i++) {
            means[i] = 10 * (i + 1);
            scales[i] = 1;
        }
    }

    /** Correlated tags around one wandering load, as in the detector's tests. */
    private double[] sample(Random random) {
        double load = random.nextGaussian();
        double[] values = new double[tags];
        for (int i = 0; i < tags; i++) {
            values[i] = 10 * (i + 1) + (i % 3 - 1) * load + 0.3 * random.nextGaussian();
        }
        return values;
    }

    @Benchmark
    @OperationsPerInvocation(BATCH * TAGS)
    public void update(Blackhole sink) {
        for (double[] sample : samples) {
            timestamp += 1000;
            sink.consume(detector.update(timestamp, sample));
        }
    }

    /**
     * The limit the update is compared against: the least a streaming detector does with each value, with nothing
     * else (standardize it, fold it into one exponential average, compare that with a limit), over the same samples.
     */
    @Benchmark
    @OperationsPerInvocation(BATCH * TAGS)
    public void floor(Blackhole sink) {
        for (double[] sample : samples) {
            timestamp += 1000;
            boolean beyond = false;
            for (int i = 0; i < sample.length; i++) {
                double z = (sample[i] - means[i]) / scales[i];
                levels[i] += 0.05 * (z - levels[i]);
                beyond |= Math.abs(levels[i]) > 4;
            }
            sink.consume(beyond);
        }
    }
}
