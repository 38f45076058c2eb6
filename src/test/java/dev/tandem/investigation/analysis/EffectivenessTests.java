package dev.tandem.investigation.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.investigation.analysis.Effectiveness.Failure;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Did it work?" on a hand-worked timeline. Actions verified at day 100. Before, from day 10 to day 100 (90 days =
 * 2,160 h): failures at day 20 (4 h), day 50 (6 h) and day 80 (2 h): 3 failures, 12 h of repairs, MTTR 4 h. A failure
 * from day 9 at 22:00 to day 10 at 02:00 began before the window: its last 2 h are downtime there but no failure, so
 * the machine was down 14 h: MTBF (2,160 - 14) / 3 = 715 h 20 min. After, from day 100 to day 190: a failure at day
 * 150 (3 h) and one from day 189 at 23:00 still going on at day 190 (1 h in the window): 2 failures, 4 h, MTTR 2 h,
 * MTBF (2,160 - 4) / 2 = 1,078 h.
 */
class EffectivenessTests {

    private static final Instant DAY_0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void theFiguresBeforeAndAfterTheActionsWereVerifiedAreCountedAsWorkedOutByHand() {
        var failures = List.of(
                failure(9, 22, 4),
                failure(20, 8, 4),
                failure(50, 10, 6),
                failure(80, 3, 2),
                failure(150, 12, 3),
                new Failure(at(189, 23), null));
        var verdict = Effectiveness.around(at(100, 0), failures, at(200, 0));

        assertThat(verdict.afterComplete()).isTrue();
        assertThat(verdict.before().failures()).isEqualTo(3);
        assertThat(verdict.before().downtime()).isEqualTo(Duration.ofHours(14));
        assertThat(verdict.before().mttr()).contains(Duration.ofHours(4));
        assertThat(verdict.before().mtbf()).contains(Duration.ofHours(715).plusMinutes(20));
        assertThat(verdict.after().failures()).isEqualTo(2);
        assertThat(verdict.after().downtime()).isEqualTo(Duration.ofHours(4));
        assertThat(verdict.after().mttr()).contains(Duration.ofHours(2));
        assertThat(verdict.after().mtbf()).contains(Duration.ofHours(1078));
    }

    @Test
    void aWindowNotYetOverEndsNowAndOneWithoutFailuresHasNoMeans() {
        var verdict = Effectiveness.around(at(100, 0), List.of(failure(20, 8, 4)), at(130, 0));

        assertThat(verdict.afterComplete()).isFalse();
        assertThat(verdict.after().to()).isEqualTo(at(130, 0));
        assertThat(verdict.after().failures()).isZero();
        assertThat(verdict.after().mtbf()).isEmpty();
        assertThat(verdict.after().mttr()).isEmpty();
    }

    private static Failure failure(int day, int hour, int hours) {
        return new Failure(at(day, hour), at(day, hour).plus(Duration.ofHours(hours)));
    }

    private static Instant at(int day, int hour) {
        return DAY_0.plus(Duration.ofDays(day)).plus(Duration.ofHours(hour));
    }
}
