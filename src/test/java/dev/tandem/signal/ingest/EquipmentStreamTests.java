package dev.tandem.signal.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.event.ContributingSignal;
import dev.tandem.signal.detection.DetectorSettings;
import dev.tandem.signal.detection.OtherSettings;
import dev.tandem.signal.ingest.StreamOutput.FiredWarning;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** One equipment's stream on generated pump signals with known faults: lining up, learning, one warning an episode. */
class EquipmentStreamTests {

    private static final long START = 1_700_000_000_000L;
    private static final int LEARN_SECONDS = 400;
    private static final StreamSettings SETTINGS = new StreamSettings(
            1000, LEARN_SECONDS * 1000L, 120_000, 30_000, 10_000, 900_000, DetectorSettings.defaults());

    private static final EquipmentInfo PUMP =
            new EquipmentInfo(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "P", "Pump");

    private final Recorded out = new Recorded();

    @Test
    void learnsForTheLearningTimeThenWatchesAndStaysQuietOnNormalOperation() {
        var stream = stream(null);
        run(stream, new Pump(1), 1200, (second, values) -> values);

        assertThat(stream.phase()).isEqualTo(EquipmentStream.Phase.WATCHING);
        assertThat(stream.learnedFrom()).isEqualTo(at(0));
        assertThat(out.fired).isEmpty();
    }

    @Test
    void aStepOnOneTagRaisesOneWarningNamingItAndKeepsTheWindowAroundIt() {
        var stream = stream(null);
        run(stream, new Pump(11), 1200, (second, values) -> {
            if (second >= 700) {
                values[1] += 3; // ten times the tag's own noise
            }
            return values;
        });

        assertThat(out.fired).singleElement().satisfies(warning -> {
            assertThat(warning.firedAt()).isBetween(at(700), at(730));
            assertThat(warning.signals()).extracting(ContributingSignal::key).contains("P.flow");
            // the flow moves with the pump's load: it is explained against its normal for the load the pump runs at
            var flow = warning.signals().stream()
                    .filter(signal -> signal.key().equals("P.flow"))
                    .findFirst()
                    .orElseThrow();
            assertThat(flow.forLoad()).isTrue();
            assertThat(flow.value() - flow.normal()).isBetween(2.0, 4.0);
            assertThat(warning.learnedFrom()).isEqualTo(at(0));
            var series = warning.window().tags().get(1).points();
            // two minutes before the warning (flow reads 10 ms before the tick's last tag)
            assertThat(series.get(0)[0]).isEqualTo(warning.firedAt() - 120_000 + 990);
            assertThat(series.get(series.size() - 1)[0]).isEqualTo(warning.firedAt() - 10);
        });
        var warning = out.fired.get(0);
        assertThat(out.completed).singleElement().satisfies(window -> {
            assertThat(window.id()).isEqualTo(warning.id());
            assertThat(window.window().to()).isEqualTo(warning.firedAt() + 30_000);
            assertThat(window.window().tags().get(1).points()).hasSize(150);
        });
    }

    @Test
    void aLessSensitiveStreamWarnsOnlyWhenTheEpisodeGoesThatMuchFurtherButAlwaysOnAnExpectedRange() {
        var small = stream(null);
        small.sensitivity(1e6);
        run(small, new Pump(11), 1200, (second, values) -> {
            if (second >= 700) {
                values[1] += 3;
            }
            return values;
        });
        // the same step warns at sensitivity 1 (aStepOnOneTagRaisesOneWarning...), not a million times further out
        assertThat(out.fired).isEmpty();

        var large = stream(null);
        large.sensitivity(2);
        run(large, new Pump(11), 1200, (second, values) -> {
            if (second >= 700) {
                values[1] += 30;
            }
            return values;
        });
        assertThat(out.fired).singleElement().satisfies(warning -> assertThat(warning.score())
                .isGreaterThan(2));

        var ranged = stream(new double[] {5, 20});
        ranged.sensitivity(1e6);
        run(ranged, new Pump(4), 200, (second, values) -> {
            if (second >= 100 && second < 120) {
                values[0] = 25;
            }
            return values;
        });
        assertThat(out.fired).hasSize(2);
    }

    @Test
    void twoFaultsWithNormalOperationBetweenRaiseTwoWarnings() {
        var stream = stream(null);
        run(stream, new Pump(3), 1500, (second, values) -> {
            if ((second >= 600 && second < 700) || (second >= 1100 && second < 1200)) {
                values[2] += 3;
            }
            return values;
        });

        assertThat(out.fired).hasSize(2);
        assertThat(out.fired.get(1).firedAt()).isBetween(at(1100), at(1130));
    }

    @Test
    void aTagLeavingItsExpectedRangeWarnsEvenWhileTheDetectorStillLearns() {
        var stream = stream(new double[] {5, 20});
        run(stream, new Pump(4), 200, (second, values) -> {
            if (second >= 100 && second < 120) {
                values[0] = 25; // pressure over its expected maximum of 20
            }
            return values;
        });

        assertThat(stream.phase()).isEqualTo(EquipmentStream.Phase.LEARNING);
        assertThat(out.fired).singleElement().satisfies(warning -> {
            assertThat(warning.firedAt()).isEqualTo(at(100));
            ContributingSignal first = warning.signals().get(0);
            assertThat(first.key()).isEqualTo("P.pressure");
            assertThat(first.outOfRange()).isTrue();
            assertThat(first.share()).isGreaterThan(1);
            assertThat(warning.learnedFrom()).isNull();
        });
        // the samples out of range were not learned as normal
        assertThat(stream.learnedSamples()).isEqualTo(180);
    }

    @Test
    void holdsTheLastValueOfATagThatMissesATickAndLinesUpOnlyOnceEveryTagHasReported() {
        var stream = stream(null);
        var pump = new Pump(5);
        stream.take(0, START, 10, 0, out);
        stream.take(1, START, 20, 0, out);
        assertThat(stream.phase()).isEqualTo(EquipmentStream.Phase.WAITING);
        for (int second = 1; second < 100; second++) {
            var values = pump.next();
            for (int tag = 0; tag < values.length; tag++) {
                // the vibration transmitter reports only every other second
                if (tag != 2 || second % 2 == 0) {
                    stream.take(tag, START + second * 1000L + 10L * tag, values[tag], 0, out);
                }
            }
        }

        assertThat(stream.phase()).isEqualTo(EquipmentStream.Phase.LEARNING);
        // every second from 2 on (when vibration first reported) is one sample, complete or held
        assertThat(stream.learnedSamples()).isEqualTo(97);
    }

    @Test
    void aStreamResumedFromTheStoredStateOfOneThatLearnedRaisesExactlyItsWarnings() {
        for (int storedAt : new int[] {500, 712}) {
            var tags = tags(null);
            var learned = new EquipmentStream(PUMP, tags, SETTINGS);
            var learnedOut = new Recorded();
            var pump = new Pump(21);
            var samples = new ArrayList<double[]>();
            for (int second = 0; second < 1600; second++) {
                var values = pump.next();
                if ((second >= 700 && second < 800) || (second >= 1200 && second < 1300)) {
                    values[1] += 3;
                }
                samples.add(values);
            }
            feed(learned, samples, 0, storedAt, learnedOut);
            var state = learned.learned();

            // after a restart, or on another node: a new stream on the same tags, from the stored state
            var resumed = new EquipmentStream(PUMP, tags, SETTINGS);
            assertThat(resumed.resume(state)).isTrue();
            assertThat(resumed.phase()).isEqualTo(EquipmentStream.Phase.WATCHING);
            assertThat(resumed.learnedFrom()).isEqualTo(learned.learnedFrom());
            var resumedOut = new Recorded();
            int fired = learnedOut.fired.size();
            feed(learned, samples, storedAt, 1600, learnedOut);
            feed(resumed, samples, storedAt, 1600, resumedOut);

            var expected = learnedOut.fired.subList(fired, learnedOut.fired.size());
            assertThat(expected).isNotEmpty();
            assertThat(resumedOut.fired)
                    .extracting(FiredWarning::firedAt, FiredWarning::score, FiredWarning::learnedFrom)
                    .containsExactlyElementsOf(expected.stream()
                            .map(w -> org.assertj.core.groups.Tuple.tuple(w.firedAt(), w.score(), w.learnedFrom()))
                            .toList());
            assertThat(resumedOut.fired.stream().map(FiredWarning::signals).toList())
                    .isEqualTo(expected.stream().map(FiredWarning::signals).toList());
        }
    }

    @Test
    void aStoredStateLearnedOnOtherTagsOrUnderOtherSettingsIsNotResumed() {
        var tags = tags(null);
        var learned = new EquipmentStream(PUMP, tags, SETTINGS);
        var pump = new Pump(22);
        var samples = new ArrayList<double[]>();
        for (int second = 0; second < 500; second++) {
            samples.add(pump.next());
        }
        feed(learned, samples, 0, 500, out);
        var state = learned.learned();

        var otherTags = new EquipmentStream(PUMP, tags(null), SETTINGS);
        assertThat(otherTags.resume(state)).isFalse();
        assertThat(otherTags.phase()).isNotEqualTo(EquipmentStream.Phase.WATCHING);
        var slower = new StreamSettings(
                1000, LEARN_SECONDS * 1000L, 120_000, 30_000, 10_000, 900_000, OtherSettings.slowerSmoothing());
        var otherSettings = new EquipmentStream(PUMP, tags, slower);
        assertThat(otherSettings.resume(state)).isFalse();
        assertThat(otherSettings.learnedFrom()).isNull();
        var broken = new LearnedState(
                state.equipmentId(),
                state.tagIds(),
                state.version(),
                state.learnedFrom(),
                state.lastSample(),
                false,
                false,
                0,
                new byte[] {1, 2, 3});
        assertThat(new EquipmentStream(PUMP, tags, SETTINGS).resume(broken)).isFalse();
    }

    @Test
    void aStreamStillLearningHasNothingToStoreAndOneThatLearnedAfreshForgetsItsState() {
        var stream = stream(null);
        var pump = new Pump(23);
        var samples = new ArrayList<double[]>();
        for (int second = 0; second < 600; second++) {
            samples.add(pump.next());
        }
        feed(stream, samples, 0, 300, out);
        assertThat(stream.learned()).isNull();
        assertThat(stream.unsaved()).isFalse();

        feed(stream, samples, 300, 600, out);
        assertThat(stream.unsaved()).isTrue();
        assertThat(stream.learned()).isNotNull();
        stream.saved();
        assertThat(stream.unsaved()).isFalse();

        stream.learnAgain();
        assertThat(stream.learned()).isNull();
        assertThat(stream.unsaved()).isFalse();
    }

    private static void feed(EquipmentStream stream, List<double[]> samples, int from, int to, Recorded out) {
        for (int second = from; second < to; second++) {
            var values = samples.get(second);
            for (int tag = 0; tag < values.length; tag++) {
                stream.take(tag, START + second * 1000L + 5L * tag, values[tag], 0, out);
            }
        }
    }

    @Test
    void aPlannedStopAnIdleSpellAndTheStartUpsAfterThemRaiseNothingWhileAFaultAfterwardsIsStillFound() {
        var stream = stream(null);
        stream.operating(at(-3600), true);
        var machine = new Machine(new Pump(6));
        for (int second = 0; second < 3600; second++) {
            if (second == 600 || second == 2000) {
                // a planned stop at ten minutes, an idle spell later: dispatch data says so as it happens
                stream.operating(at(second), false);
            }
            if (second == 1200 || second == 2300) {
                stream.operating(at(second), true);
            }
            boolean runs = second < 600 || (second >= 1200 && second < 2000) || second >= 2300;
            var values = machine.next(runs);
            if (second >= 3200) {
                values[1] += 6; // twenty times the flow's noise: judged again, the pump is watched as before
            }
            take(stream, second, values);
        }

        assertOneWarningWithinHalfAMinuteOf(3200, "P.flow");
    }

    @Test
    void withoutDispatchDataTheSameStopsAndStartsRaiseWarnings() {
        var stream = stream(null);
        var machine = new Machine(new Pump(6));
        for (int second = 0; second < 2000; second++) {
            take(stream, second, machine.next(second < 600 || second >= 1200));
        }

        assertThat(out.fired).isNotEmpty();
        assertThat(out.fired.get(0).firedAt()).isBetween(at(600), at(630));
    }

    @Test
    void learnsOnlyFromRunningSettledOperation() {
        var stream = stream(null);
        stream.operating(at(-3600), true);
        stream.operating(at(100), false);
        stream.operating(at(200), true);
        var machine = new Machine(new Pump(7));
        for (int second = 0; second < 250; second++) {
            take(stream, second, machine.next(second < 100 || second >= 200));
        }

        // a hundred seconds running before the stop; at rest and starting up nothing is learned
        assertThat(stream.phase()).isEqualTo(EquipmentStream.Phase.LEARNING);
        assertThat(stream.learnedSamples()).isEqualTo(100);
    }

    @Test
    void aTransmitterThatFreezesWhileTheMachineRunsIsWarnedOfAndNamed() {
        var stream = stream(null);
        double[] frozen = new double[1];
        run(stream, new Pump(8), 1200, (second, values) -> {
            if (second == 700) {
                frozen[0] = values[2];
            }
            if (second >= 700) {
                values[2] = frozen[0]; // stuck where it was, well within its range
            }
            return values;
        });

        assertOneWarningWithinHalfAMinuteOf(700, "P.vibration");
    }

    @Test
    void aTransmitterThatFallsSilentWhileTheOthersReportIsWarnedOf() {
        var stream = stream(null);
        var pump = new Pump(9);
        for (int second = 0; second < 1200; second++) {
            var values = pump.next();
            for (int tag = 0; tag < values.length; tag++) {
                if (tag != 2 || second < 700) {
                    stream.take(tag, START + second * 1000L + 5L * tag, values[tag], 0, out);
                }
            }
        }

        assertOneWarningWithinHalfAMinuteOf(700, "P.vibration");
    }

    @Test
    void aMachineAtRestMayReadTheSameForever() {
        var stream = stream(null);
        stream.operating(at(-3600), true);
        stream.operating(at(600), false);
        var machine = new Machine(new Pump(10));
        for (int second = 0; second < 3000; second++) {
            var values = machine.next(second < 600);
            if (second >= 600) {
                values[1] = 0; // no flow at all while stopped
            }
            take(stream, second, values);
        }

        assertThat(out.fired).isEmpty();
    }

    private void assertOneWarningWithinHalfAMinuteOf(int second, String leading) {
        assertThat(out.fired).singleElement().satisfies(warning -> {
            assertThat(warning.firedAt()).isBetween(at(second), at(second + 30));
            assertThat(warning.signals().get(0).key()).isEqualTo(leading);
        });
    }

    private void take(EquipmentStream stream, int second, double[] values) {
        for (int tag = 0; tag < values.length; tag++) {
            stream.take(tag, START + second * 1000L + 5L * tag, values[tag], 0, out);
        }
    }

    private EquipmentStream stream(double[] pressureRange) {
        var equipment = new EquipmentInfo(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "P", "Pump");
        return new EquipmentStream(equipment, tags(pressureRange), SETTINGS);
    }

    private static List<TagInfo> tags(double[] pressureRange) {
        var names = List.of("pressure", "flow", "vibration", "temperature");
        var tags = new ArrayList<TagInfo>();
        for (int i = 0; i < names.size(); i++) {
            boolean ranged = i == 0 && pressureRange != null;
            tags.add(new TagInfo(
                    UUID.randomUUID(),
                    "P." + names.get(i),
                    names.get(i),
                    "u",
                    ranged ? pressureRange[0] : null,
                    ranged ? pressureRange[1] : null));
        }
        return tags;
    }

    private void run(EquipmentStream stream, Pump pump, int seconds, BiFunction<Integer, double[], double[]> fault) {
        for (int second = 0; second < seconds; second++) {
            var values = fault.apply(second, pump.next());
            for (int tag = 0; tag < values.length; tag++) {
                stream.take(tag, START + second * 1000L + 5L * tag, values[tag], 0, out);
            }
        }
    }

    /** When a second's sample is lined up: the time of its last tag's reading (each tag 5 ms after the one before). */
    private static long at(int second) {
        return START + second * 1000L + 15;
    }

    /** Four tags of a pump driven by one wandering load, each with its own noise. */
    static final class Pump {
        private static final double[] LEVEL = {10, 20, 30, 40};
        private static final double[] LOAD = {1.0, 0.8, -0.6, 0.5};
        private static final double[] NOISE = {0.3, 0.3, 0.2, 0.4};
        private final Random random;
        private double load;

        Pump(long seed) {
            random = new Random(seed);
        }

        double[] next() {
            load = 0.95 * load + 0.3 * random.nextGaussian();
            var values = new double[LEVEL.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = LEVEL[i] + LOAD[i] * load + NOISE[i] * random.nextGaussian();
            }
            return values;
        }
    }

    /**
     * A pump that stops and starts: at rest its tags settle to their readings at rest (no pressure, no flow, little
     * vibration, the casing cooling), at a start they climb back, the temperature slowest.
     */
    static final class Machine {
        private static final double[] AT_REST = {1, 0.5, 27, 25};
        private static final double[] LAG_SECONDS = {5, 5, 10, 60};
        private final Pump pump;
        private final Random noise = new Random(99);
        private double[] transient_;
        private double[] last;
        private boolean ran;

        Machine(Pump pump) {
            this.pump = pump;
        }

        /** The pump's own readings while it runs and has settled; after a change each tag's distance decays. */
        double[] next(boolean runs) {
            var running = pump.next();
            var values = new double[running.length];
            if (transient_ == null || runs != ran) {
                // from where each tag stands now, the gap to the new state closes through the tag's lag
                var from = transient_ == null ? running : last;
                transient_ = new double[running.length];
                for (int i = 0; i < values.length; i++) {
                    transient_[i] = from[i] - (runs ? running[i] : AT_REST[i]);
                }
                ran = runs;
            }
            for (int i = 0; i < values.length; i++) {
                transient_[i] *= Math.exp(-1 / LAG_SECONDS[i]);
                values[i] = (runs ? running[i] : AT_REST[i] + 0.05 * noise.nextGaussian()) + transient_[i];
            }
            last = values;
            return values.clone();
        }
    }

    static final class Recorded implements StreamOutput {
        final List<FiredWarning> fired = new ArrayList<>();
        final List<Completed> completed = new ArrayList<>();

        record Completed(UUID id, SignalWindow window) {}

        @Override
        public void fired(FiredWarning warning) {
            fired.add(warning);
        }

        @Override
        public void completed(UUID warningId, SignalWindow window) {
            completed.add(new Completed(warningId, window));
        }
    }
}
