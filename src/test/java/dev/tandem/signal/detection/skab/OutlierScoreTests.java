package dev.tandem.signal.detection.skab;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class OutlierScoreTests {

    @Test
    void countsOneFileByTheLeaderboardFormulas() {
        var score = new OutlierScore();

        // rows:       0  1  2  3  4  5  6  7
        // predicted:  1  1  0  0  1  0  0  0
        // actual:     1  0  1  0  1  1  0  0
        // TP = rows 0, 4 = 2; FP = row 1 = 1; FN = rows 2, 5 = 2; TN = rows 3, 6, 7 = 3
        score.add(new int[] {1, 1, 0, 0, 1, 0, 0, 0}, new int[] {1, 0, 1, 0, 1, 1, 0, 0});

        // F1 = 2 / (2 + (1 + 2) / 2) = 2 / 3.5 = 0.5714...; FAR = 1 / (1 + 3) · 100 = 25; MAR = 2 / (2 + 2) · 100 = 50
        assertThat(OutlierScore.rounded(score.f1())).isEqualByComparingTo("0.57");
        assertThat(OutlierScore.rounded(score.falseAlarmRate())).isEqualByComparingTo("25.00");
        assertThat(OutlierScore.rounded(score.missedAlarmRate())).isEqualByComparingTo("50.00");
    }

    @Test
    void sumsRowsOverFilesInsteadOfAveragingPerFileFigures() {
        var score = new OutlierScore();
        score.add(new int[] {1, 1, 0, 0, 1, 0, 0, 0}, new int[] {1, 0, 1, 0, 1, 1, 0, 0});

        // a second file whose two anomalous rows are both missed: FN 2 more
        score.add(new int[] {0, 0}, new int[] {1, 1});

        // TP 2, FP 1, FN 4, TN 3: F1 = 2 / (2 + 5 / 2) = 0.444... (the mean of the files' F1 would be 0.29);
        // FAR = 1 / 4 · 100 = 25; MAR = 4 / 6 · 100 = 66.666...
        assertThat(OutlierScore.rounded(score.f1())).isEqualByComparingTo("0.44");
        assertThat(OutlierScore.rounded(score.falseAlarmRate())).isEqualByComparingTo("25.00");
        assertThat(OutlierScore.rounded(score.missedAlarmRate())).isEqualByComparingTo("66.67");
    }

    @Test
    void roundsHalfEvenOnTheExactValueOfTheDouble() {
        // 0.125 and 0.375 are exact in binary: ties go to the even digit
        assertThat(OutlierScore.rounded(0.125)).isEqualTo(new BigDecimal("0.12"));
        assertThat(OutlierScore.rounded(0.375)).isEqualTo(new BigDecimal("0.38"));
        // 2.675 is stored as 2.67499999..., so it is no tie and goes down, as Python's round(2.675, 2) does
        assertThat(OutlierScore.rounded(2.675)).isEqualTo(new BigDecimal("2.67"));
    }
}
