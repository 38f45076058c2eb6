package dev.tandem.signal.detection;

import static dev.tandem.signal.detection.PlantSignals.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * After a fault clears, the detector takes where the plant settles as its normal for a while; these tests hold what
 * happens when it cannot watch the plant settle: the machine stops, or the feed is lost.
 */
class SettlingAfterAFaultTests {

    private static final int FIT = 400;
    private static final int FAULT_AT = 600;
    private static final int CLEARED_AT = 900;

    @Test
    void aMachineThatStopsWhileSettlingAfterASpreadFaultRunsQuietAfterItsNextStart() {
        // a loose bearing (ten times a tag's spread) mended, and the machine stopped a minute later: before, the spread
        // of that last minute was kept as the tag's normal from then on, and every calm spell of the tag after the next
        // start read as too narrow a spread (430 false warnings in a simulated day of one such machine)
        for (long seed : new long[] {13, 21, 22}) {
            var signals = new PlantSignals(seed);
            var noise = new Random(seed);
            SignalDetector detector = signals.fittedDetector(FIT);
            List<Verdict> beforeTheStop = new ArrayList<>();
            for (int second = FIT; second < CLEARED_AT + 60; second++) {
                double[] values = signals.next();
                if (second >= FAULT_AT && second < CLEARED_AT) {
                    values[2] += 2 * noise.nextGaussian();
                }
                beforeTheStop.add(detector.update(at(second), values));
            }
            // at rest for an hour: nothing is sent to the detector; then a start-up followed, not judged
            int startedAt = CLEARED_AT + 3660;
            for (int second = startedAt; second < startedAt + 60; second++) {
                detector.settle(at(second), signals.next());
            }
            List<Verdict> afterTheStart = new ArrayList<>();
            for (int second = startedAt + 60; second < startedAt + 3660; second++) {
                afterTheStart.add(detector.update(at(second), signals.next()));
            }

            assertThat(beforeTheStop.get(FAULT_AT + 30 - FIT).anomalous())
                    .as("seed %d", seed)
                    .isTrue();
            assertThat(beforeTheStop.get(beforeTheStop.size() - 1).anomalous())
                    .as("seed %d", seed)
                    .isFalse();
            assertThat(flagged(afterTheStart)).as("seed %d", seed).isEmpty();
        }
    }

    @Test
    void aFeedLostWhileThePlantSettlesAfterASpreadFaultRaisesNothingWhenItComesBack() {
        for (long seed : new long[] {13, 21, 22}) {
            var signals = new PlantSignals(seed);
            var noise = new Random(seed);
            SignalDetector detector = signals.fittedDetector(FIT);
            List<Verdict> verdicts = new ArrayList<>();
            for (int second = FIT; second < 4000; second++) {
                double[] values = signals.next();
                if (second >= FAULT_AT && second < CLEARED_AT) {
                    values[2] += 2 * noise.nextGaussian();
                }
                // the feed is lost for three minutes a minute after the fault cleared
                if (second < CLEARED_AT + 60 || second >= CLEARED_AT + 240) {
                    verdicts.add(detector.update(at(second), values));
                }
            }

            assertThat(flagged(verdicts)).as("seed %d", seed).allMatch(second -> second < CLEARED_AT + 60);
        }
    }

    private static List<Integer> flagged(List<Verdict> verdicts) {
        return verdicts.stream()
                .filter(Verdict::anomalous)
                .map(verdict -> (int) ((verdict.timestampMillis() - PlantSignals.START) / 1000))
                .toList();
    }
}
