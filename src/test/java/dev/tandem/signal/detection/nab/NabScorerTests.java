package dev.tandem.signal.detection.nab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.tandem.signal.detection.skab.NabProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

class NabScorerTests {

    /** 1,000 rows: probation 150, one window over rows 500..599. */
    private static final List<int[]> WINDOW = List.<int[]>of(new int[] {500, 599});

    @Test
    void aDetectionAtTheWindowsStartEarnsTheFullRewardAndAFarFalseOneCostsItsWeight() {
        double[] scores = new double[1000];
        scores[500] = 0.9;
        scores[300] = 0.9; // before any window: the full false-positive cost
        var scorer = new NabScorer(NabProfile.STANDARD);
        scorer.add(scores, WINDOW);

        var best = scorer.best();

        // at 0.9 the window's reward 1 and the false row's -0.11; above it nothing (-1): 0.89 wins
        assertThat(best.threshold()).isEqualTo(0.9);
        assertThat(best.raw()).isCloseTo(0.89, within(1e-9));
        assertThat(best.normalised()).isCloseTo(100 * (0.89 + 1) / 2, within(1e-9));
    }

    @Test
    void onlyTheEarliestDetectionInAWindowCountsAndLateOnesEarnLess() {
        double[] early = new double[1000];
        early[500] = 0.8;
        early[590] = 0.9;
        double[] late = new double[1000];
        late[590] = 0.9;
        var withEarly = new NabScorer(NabProfile.STANDARD);
        withEarly.add(early, WINDOW);
        var withLate = new NabScorer(NabProfile.STANDARD);
        withLate.add(late, WINDOW);

        // the window's worth is its best (earliest) detection: 1 at its start; 2σ(-0.1) − 1 ≈ 0.245 near its end
        assertThat(withEarly.best().raw()).isCloseTo(1, within(1e-9));
        assertThat(withLate.best().raw())
                .isCloseTo(NabScorer.scaledSigmoid(-10 / 100.0) / NabScorer.scaledSigmoid(-1), within(1e-9));
    }

    @Test
    void theProbationIsNotScoredAndAFalseDetectionJustAfterAWindowCostsLittle() {
        double[] scores = new double[1000];
        scores[100] = 0.9; // in the probation (first 150 rows)
        scores[500] = 0.9;
        scores[610] = 0.9; // eleven rows after the window: σ(11/99) is still positive, worth a little
        var scorer = new NabScorer(NabProfile.STANDARD);
        scorer.add(scores, WINDOW);

        double after = NabScorer.scaledSigmoid(11 / 99.0) * 0.11;
        assertThat(scorer.best().raw()).isCloseTo(1 + after, within(1e-9));
        assertThat(scorer.best().falseRows()).isOne();
    }

    @Test
    void findingNothingScoresZeroAndEachProfileWeighsMissesItsOwnWay() {
        var standard = new NabScorer(NabProfile.STANDARD);
        standard.add(new double[1000], WINDOW);
        var lowFn = new NabScorer(NabProfile.LOW_FN);
        lowFn.add(new double[1000], WINDOW);

        assertThat(standard.best().normalised()).isZero();
        assertThat(lowFn.best().raw()).isEqualTo(-2);
        assertThat(lowFn.best().normalised()).isZero();
    }

    @Test
    void atAThresholdChosenElsewhereOnlyRowsAtOrAboveItAreDetections() {
        double[] scores = new double[1000];
        scores[300] = 0.6; // a false row before the window: the full cost
        scores[550] = 0.7; // the middle of the window
        var scorer = new NabScorer(NabProfile.STANDARD);
        scorer.add(scores, WINDOW);

        double middle = NabScorer.scaledSigmoid(-50 / 100.0) / NabScorer.scaledSigmoid(-1);
        assertThat(scorer.at(0.65).raw()).isCloseTo(middle, within(1e-9));
        assertThat(scorer.at(0.6).raw()).isCloseTo(middle - 0.11, within(1e-9));
        assertThat(scorer.at(0.6).falseRows()).isOne();
        assertThat(scorer.at(0.8).raw()).isEqualTo(-1);
        assertThat(scorer.at(0.8).detectedWindows()).isZero();
        assertThat(scorer.at(scorer.best().threshold()).raw())
                .isCloseTo(scorer.best().raw(), within(1e-9));
    }
}
