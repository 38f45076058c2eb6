package dev.tandem.signal.detection;

import static dev.tandem.signal.detection.PlantSignals.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A detector restored from its snapshot judges every later sample exactly as the one that learned. */
class DetectorSnapshotTests {

    private static final DetectorSettings SETTINGS = DetectorSettings.defaults();

    @Test
    void aRestoredDetectorGivesTheSameVerdictsOnTheSameLaterSamples() {
        for (int snapshotAt : new int[] {400, 650, 720}) {
            var signals = new PlantSignals(31);
            var learned = signals.fittedDetector(400);
            // normal operation, then a step on the flow from 700 s; 720 s is inside the episode
            var samples = new ArrayList<double[]>();
            for (int second = 400; second < 1200; second++) {
                double[] values = signals.next();
                if (second >= 700 && second < 900) {
                    values[1] += 3;
                }
                samples.add(values);
            }
            for (int second = 400; second < snapshotAt; second++) {
                learned.update(at(second), samples.get(second - 400));
            }

            var restored = SignalDetector.restore(learned.snapshot(), SETTINGS);

            List<Verdict> original = new ArrayList<>();
            List<Verdict> again = new ArrayList<>();
            for (int second = snapshotAt; second < 1200; second++) {
                original.add(learned.update(at(second), samples.get(second - 400)));
                again.add(restored.update(at(second), samples.get(second - 400)));
            }
            assertThat(again).isEqualTo(original);
            assertThat(original).anyMatch(Verdict::anomalous);
        }
    }

    @Test
    void aSnapshotOfARestoredDetectorIsTheSameBytes() {
        var detector = new PlantSignals(32).fittedDetector(400);
        byte[] state = detector.snapshot();

        assertThat(SignalDetector.restore(state, SETTINGS).snapshot()).isEqualTo(state);
    }

    @Test
    void refusesBytesThatAreNotASnapshotOfThisDetector() {
        byte[] state = new PlantSignals(33).fittedDetector(400).snapshot();

        assertThatThrownBy(() -> SignalDetector.restore(Arrays.copyOf(state, state.length - 3), SETTINGS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SignalDetector.restore(Arrays.copyOf(state, state.length + 8), SETTINGS))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] otherFormat = state.clone();
        otherFormat[7] = 99;
        assertThatThrownBy(() -> SignalDetector.restore(otherFormat, SETTINGS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SignalDetector.restore(new byte[0], SETTINGS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theStateVersionChangesWithTheSettings() {
        var other = OtherSettings.slowerSmoothing();

        assertThat(SignalDetector.stateVersion(other)).isNotEqualTo(SignalDetector.stateVersion(SETTINGS));
        assertThat(SignalDetector.stateVersion(DetectorSettings.defaults()))
                .isEqualTo(SignalDetector.stateVersion(SETTINGS));
    }
}
