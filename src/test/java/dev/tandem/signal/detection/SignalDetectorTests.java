package dev.tandem.signal.detection;

import static dev.tandem.signal.detection.PlantSignals.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

class SignalDetectorTests {

    private static final int FIT = 400;
    private static final int FAULT_AT = 600;
    private static final int END = 1000;

    @Test
    void staysQuietOnNormalOperation() {
        for (long seed = 1; seed <= 5; seed++) {
            List<Verdict> verdicts = run(new PlantSignals(seed), (second, values) -> values);

            assertThat(verdicts).noneMatch(Verdict::anomalous);
        }
    }

    @Test
    void flagsAStepOnOneTagWithinHalfAMinuteAndNamesIt() {
        List<Verdict> verdicts = run(new PlantSignals(11), (second, values) -> {
            if (second >= FAULT_AT) {
                values[1] += 3; // ten times the tag's own noise, about four of its standard deviations
            }
            return values;
        });

        assertThat(firstFlag(verdicts)).isBetween(FAULT_AT, FAULT_AT + 30);
        assertThat(flaggedShareAfter(verdicts, FAULT_AT + 30)).isGreaterThan(0.95);
        assertThat(verdicts.get(END - FIT - 1).leadingSignals(1)).containsExactly(1);
        assertThat(changepointsBetween(verdicts, FAULT_AT, FAULT_AT + 30)).isPositive();
    }

    @Test
    void flagsASlowDriftBeforeItLeavesTheNormalRangeByFar() {
        List<Verdict> verdicts = run(new PlantSignals(12), (second, values) -> {
            if (second >= FAULT_AT) {
                values[3] += 0.01 * (second - FAULT_AT); // 0.4 σ of its noise per minute
            }
            return values;
        });

        assertThat(firstFlag(verdicts)).isBetween(FAULT_AT, FAULT_AT + 200);
        assertThat(verdicts.get(END - FIT - 1).leadingSignals(1)).containsExactly(3);
    }

    @Test
    void flagsAVarianceChangeThatKeepsTheMean() {
        for (long seed : new long[] {13, 21, 22}) {
            var noise = new Random(seed);
            List<Verdict> verdicts = run(new PlantSignals(seed), (second, values) -> {
                if (second >= FAULT_AT) {
                    values[2] += 2 * noise.nextGaussian(); // a loose bearing: ten times the spread, same average
                }
                return values;
            });

            assertThat(firstFlag(verdicts)).isBetween(FAULT_AT, FAULT_AT + 30);
            // a spread change is a weaker signal than a shift: near the limit the episode pauses (see benchmarks.md)
            assertThat(flaggedShareAfter(verdicts, FAULT_AT)).isGreaterThan(0.3);
            assertThat(verdicts.get(END - FIT - 1).leadingSignals(1)).containsExactly(2);
        }
    }

    @Test
    void flagsATagThatStopsFollowingTheOthersWhileStayingInRange() {
        var signals = new PlantSignals(14);
        List<Verdict> verdicts = run(signals, (second, values) -> {
            if (second >= FAULT_AT) {
                values[0] = 10; // a frozen transmitter: its usual average, but no longer moving with the load
            }
            return values;
        });

        assertThat(firstFlag(verdicts)).isBetween(FAULT_AT, FAULT_AT + 120);
        assertThat(verdicts.get(END - FIT - 1).leadingSignals(1)).containsExactly(0);
    }

    @Test
    void flagsATransmitterStuckAtItsLastReadingWithinHalfAMinute() {
        double[] stuck = new double[1];
        List<Verdict> verdicts = run(new PlantSignals(24), (second, values) -> {
            if (second == FAULT_AT) {
                stuck[0] = values[2];
            }
            if (second >= FAULT_AT) {
                values[2] = stuck[0];
            }
            return values;
        });

        assertThat(firstFlag(verdicts)).isBetween(FAULT_AT, FAULT_AT + 30);
        assertThat(verdicts.get(END - FIT - 1).anomalous()).isTrue();
        assertThat(verdicts.get(END - FIT - 1).leadingSignals(1)).containsExactly(2);
        assertThat(episodes(verdicts)).isEqualTo(1);
    }

    @Test
    void aTagSentOnlyWhenItMovesIsNotTakenForStuckWhileOneThatStopsMovingIs() {
        var signals = new PlantSignals(25);
        var deadband = new Deadband(0.5);
        var window = new NormalWindow(4, FIT);
        for (int second = 0; second < FIT; second++) {
            window.add(at(second), deadband.apply(signals.next()));
        }
        SignalDetector detector = window.fit(DetectorSettings.defaults());
        List<Verdict> verdicts = new ArrayList<>();
        double stuck = 0;
        for (int second = FIT; second < END; second++) {
            double[] values = deadband.apply(signals.next());
            stuck = second == 900 ? values[3] : stuck;
            if (second >= 900) {
                values[3] = stuck;
            }
            verdicts.add(detector.update(at(second), values));
        }

        assertThat(verdicts.subList(0, 900 - FIT)).noneMatch(Verdict::anomalous);
        assertThat(firstFlag(verdicts)).isBetween(900, 990);
        assertThat(verdicts.get(END - FIT - 1).leadingSignals(1)).containsExactly(3);
    }

    /** The last tag as a transmitter sends it with a deadband: a new value only once it moved by more than the band. */
    private static final class Deadband {
        private final double band;
        private double sent = Double.NaN;

        Deadband(double band) {
            this.band = band;
        }

        double[] apply(double[] values) {
            int last = values.length - 1;
            if (Double.isNaN(sent) || Math.abs(values[last] - sent) > band) {
                sent = values[last];
            }
            values[last] = sent;
            return values;
        }
    }

    @Test
    void raisesOneEpisodeForAFaultThatComesAndGoesWithinSeconds() {
        List<Verdict> verdicts = run(new PlantSignals(15), (second, values) -> {
            // present four seconds out of five: the episode must not split at every gap
            if (second >= FAULT_AT && second < 800 && second % 5 != 0) {
                values[1] += 3;
            }
            return values;
        });

        List<Verdict> aroundTheFault = verdicts.subList(FAULT_AT - FIT, 900 - FIT);
        assertThat(episodes(aroundTheFault)).isEqualTo(1);
        assertThat(verdicts.get(799 - FIT).anomalous()).isTrue();
        assertThat(verdicts.get(900 - FIT).anomalous()).isFalse();
    }

    @Test
    void aStepThatHoversAtItsLimitIsOneEpisodeForAsLongAsItLasts() {
        // steps just past the limit, which noise takes back under it every few seconds: before the episode's deadband
        // the first made 51 episodes in this hour and the second 11, each one a warning
        for (int[] fault : new int[][] {{1, 14}, {3, 18}}) {
            var signals = new PlantSignals(31);
            SignalDetector detector = signals.fittedDetector(FIT);
            List<Verdict> verdicts = new ArrayList<>();
            for (int second = FIT; second < 4000; second++) {
                double[] values = signals.next();
                if (second >= FAULT_AT) {
                    values[fault[0]] += fault[1] / 10.0;
                }
                verdicts.add(detector.update(at(second), values));
            }

            assertThat(episodes(verdicts)).isEqualTo(1);
            assertThat(verdicts.get(verdicts.size() - 1).anomalous()).isTrue();
            assertThat(verdicts.get(verdicts.size() - 1).leadingSignals(1)).containsExactly(fault[0]);
        }
    }

    @Test
    void aDriftTooSlowToWarnOfRaisesNothingWhenItClears() {
        // 0.2 of the tag's noise a minute for twenty minutes, on a tag tied to the load: its normal follows a part of
        // it, so the drift's end is a step back of about three of its deviations, read before as a spread (an episode
        // 11 s after the drift cleared)
        var signals = new PlantSignals(32);
        SignalDetector detector = signals.fittedDetector(FIT);
        List<Verdict> verdicts = new ArrayList<>();
        for (int second = FIT; second < 2400; second++) {
            double[] values = signals.next();
            if (second >= FAULT_AT && second < 1800) {
                values[1] += 0.001 * (second - FAULT_AT);
            }
            verdicts.add(detector.update(at(second), values));
        }

        assertThat(detector.judgedAgainstLoad(1)).isTrue();
        assertThat(secondsFlagged(verdicts)).isEmpty();
    }

    @Test
    void aGapInTheFeedRaisesNothingOnATagThatAnswersTheLoadSlowly() {
        // a bearing temperature follows the load through a lag of a minute: after two minutes without any
        // sample, the load it answers now depends on how the load moved meanwhile, which no sample showed
        for (long seed = 51; seed <= 60; seed++) {
            var machine = new LaggedMachine(seed);
            var window = new NormalWindow(4, 1800);
            for (int second = 0; second < 1800; second++) {
                window.add(at(second), machine.next());
            }
            SignalDetector detector = window.fit(DetectorSettings.defaults());
            List<Verdict> verdicts = new ArrayList<>();
            for (int second = 1800; second < 5400; second++) {
                double[] values = machine.next();
                // the feed is lost for two minutes every quarter of an hour
                if (second % 900 >= 120) {
                    verdicts.add(detector.update(at(second), values));
                }
            }

            assertThat(detector.judgedAgainstLoad(3)).isTrue();
            assertThat(secondsFlagged(verdicts)).as("seed %d", seed).isEmpty();
        }
    }

    /** Three tags that answer the load within seconds and a temperature that answers it through a lag of a minute. */
    private static final class LaggedMachine {
        private final Random random;
        private double load;
        private double temperature;

        LaggedMachine(long seed) {
            this.random = new Random(seed);
        }

        double[] next() {
            load = 0.95 * load + 0.3 * random.nextGaussian();
            temperature += (load - temperature) * (1 - Math.exp(-1 / 60.0));
            return new double[] {
                10 + load + 0.2 * random.nextGaussian(),
                20 + 0.8 * load + 0.2 * random.nextGaussian(),
                30 - 0.6 * load + 0.2 * random.nextGaussian(),
                40 + 2 * temperature + 0.4 * random.nextGaussian()
            };
        }
    }

    @Test
    void endsTheEpisodeWhenTheFaultClearsThoughThePlantSettlesSomewhatElsewhere() {
        List<Verdict> verdicts = run(new PlantSignals(18), (second, values) -> {
            if (second >= FAULT_AT && second < 800) {
                values[1] += 12; // a blocked line: far out for over three minutes
            }
            if (second >= 800) {
                values[1] += 2.5; // cleared, but the pump runs off where it ran before, a lasting step in itself
            }
            return values;
        });

        assertThat(firstFlag(verdicts)).isBetween(FAULT_AT, FAULT_AT + 30);
        assertThat(verdicts.get(799 - FIT).anomalous()).isTrue();
        assertThat(flaggedShareAfter(verdicts, 900)).isZero();
        assertThat(episodes(verdicts)).isEqualTo(1);
    }

    @Test
    void followsATagThatWandersByNatureThroughAnEpisodeOnAnotherAndCatchesTheNext() {
        List<Verdict> verdicts = withTemperature(DetectorSettings.defaults());

        assertThat(firstFlag(verdicts)).isBetween(550, 580);
        assertThat(episodes(verdicts.subList(0, 900 - FIT))).isEqualTo(1);
        // the flow's return at 700 s is a change of its own, judged against the load: over within 90 s
        assertThat(verdicts.subList(790 - FIT, 900 - FIT)).noneMatch(Verdict::anomalous);
        assertThat(verdicts.get(930 - FIT).anomalous()).isTrue();
        assertThat(verdicts.get(END - FIT - 1).leadingSignals(1)).containsExactly(1);
    }

    /** The plant with a tank temperature beside it; its flow steps from 550 s to 700 s and again from 900 s. */
    private static List<Verdict> withTemperature(DetectorSettings settings) {
        var signals = new PlantSignals(19);
        var window = new NormalWindow(5, FIT);
        for (int second = 0; second < FIT; second++) {
            window.add(at(second), withTemperature(signals.next(), second));
        }
        SignalDetector detector = window.fit(settings);
        List<Verdict> verdicts = new ArrayList<>();
        for (int second = FIT; second < END; second++) {
            double[] values = withTemperature(signals.next(), second);
            if ((second >= 550 && second < 700) || second >= 900) {
                values[1] += 3;
            }
            verdicts.add(detector.update(at(second), values));
        }
        return verdicts;
    }

    /** Adds a tank temperature that swings slowly (a five-minute period) and, once learned, rises 6 °C in ten minutes. */
    private static double[] withTemperature(double[] values, int second) {
        double[] widened = Arrays.copyOf(values, values.length + 1);
        widened[values.length] = 40 + Math.sin(2 * Math.PI * second / 300.0) + 0.01 * Math.max(0, second - FIT);
        return widened;
    }

    @Test
    void findsASlowDriftOnATagTheLoadDoesNotExplainThoughItsNormalLevelFollowsIt() {
        // 0.6 of the tag's deviation a minute for ten minutes: the normal level, following at 200 s, keeps 2 deviations
        // behind it, short of the drift sum's slack for good (three such drifts of 250 went unfound on the
        // healthy-equipment bench, and 14 of 20 such seeds here); measured from a slower normal it is found, late
        // (7-9 minutes: it has moved 4-5 deviations by then)
        for (long seed : new long[] {41, 43, 45}) {
            var signals = new PlantSignals(seed);
            var own = new OwnTag(seed);
            var window = new NormalWindow(5, FIT);
            for (int second = 0; second < FIT; second++) {
                window.add(at(second), withOwnTag(signals.next(), own));
            }
            SignalDetector detector = window.fit(DetectorSettings.defaults());
            List<Verdict> verdicts = new ArrayList<>();
            for (int second = FIT; second < 1800; second++) {
                double[] values = withOwnTag(signals.next(), own);
                if (second >= 1000) {
                    values[4] += 0.005 * Math.min(600, second - 1000);
                }
                verdicts.add(detector.update(at(second), values));
            }

            assertThat(detector.judgedAgainstLoad(4)).isFalse();
            assertThat(verdicts.subList(0, 1000 - FIT)).noneMatch(Verdict::anomalous);
            assertThat(firstFlag(verdicts)).isBetween(1000, 1600);
            assertThat(verdicts.get(1599 - FIT).leadingSignals(1)).containsExactly(4);
        }
    }

    /**
     * Adds a tag of its own beside the pump's, no load behind it: a process that forgets in seconds (a deviation of
     * 0.5) and a little noise on top.
     */
    private static double[] withOwnTag(double[] values, OwnTag own) {
        double[] widened = Arrays.copyOf(values, values.length + 1);
        widened[values.length] = own.next();
        return widened;
    }

    private static final class OwnTag {
        private final Random random;
        private double course;

        OwnTag(long seed) {
            this.random = new Random(seed);
        }

        double next() {
            course = 0.8 * course + 0.3 * random.nextGaussian();
            return 50 + course + 0.1 * random.nextGaussian();
        }
    }

    @Test
    void refusesSamplesWithTheWrongNumberOfTagsOrMissingValues() {
        SignalDetector detector = new PlantSignals(16).fittedDetector(FIT);

        assertThatThrownBy(() -> detector.update(at(FIT), new double[3])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> detector.update(at(FIT), new double[] {1, Double.NaN, 3, 4}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesToFitOnAWindowTooShortToLearnFrom() {
        var window = new NormalWindow(4, 100);
        var signals = new PlantSignals(17);
        for (int second = 0; second < 65; second++) {
            window.add(at(second), signals.next());
        }

        assertThatThrownBy(() -> window.fit(DetectorSettings.defaults())).isInstanceOf(IllegalStateException.class);
    }

    /** Fits on the first 400 s, then feeds 400..999 s through {@code fault}, one sample a second. */
    private static List<Verdict> run(PlantSignals signals, BiFunction<Integer, double[], double[]> fault) {
        SignalDetector detector = signals.fittedDetector(FIT);
        List<Verdict> verdicts = new ArrayList<>();
        for (int second = FIT; second < END; second++) {
            verdicts.add(detector.update(at(second), fault.apply(second, signals.next())));
        }
        return verdicts;
    }

    private static int firstFlag(List<Verdict> verdicts) {
        return verdicts.stream()
                .filter(Verdict::anomalous)
                .mapToInt(v -> second(v))
                .findFirst()
                .orElse(-1);
    }

    private static List<Integer> secondsFlagged(List<Verdict> verdicts) {
        return verdicts.stream()
                .filter(Verdict::anomalous)
                .map(SignalDetectorTests::second)
                .toList();
    }

    private static double flaggedShareAfter(List<Verdict> verdicts, int from) {
        List<Verdict> after = verdicts.stream().filter(v -> second(v) >= from).toList();
        return after.stream().filter(Verdict::anomalous).count() / (double) after.size();
    }

    private static long changepointsBetween(List<Verdict> verdicts, int from, int to) {
        return verdicts.stream()
                .filter(v -> second(v) >= from && second(v) < to && v.changepoint())
                .count();
    }

    private static int episodes(List<Verdict> verdicts) {
        int episodes = 0;
        boolean before = false;
        for (Verdict verdict : verdicts) {
            episodes += verdict.anomalous() && !before ? 1 : 0;
            before = verdict.anomalous();
        }
        return episodes;
    }

    private static int second(Verdict verdict) {
        return (int) ((verdict.timestampMillis() - PlantSignals.START) / 1000);
    }
}
