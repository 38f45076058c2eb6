package dev.tandem.equipment;

import static dev.tandem.equipment.DowntimeReason.ELECTRICAL;
import static dev.tandem.equipment.DowntimeReason.MECHANICAL;
import static dev.tandem.equipment.DowntimeReason.NO_MATERIAL;
import static dev.tandem.equipment.DowntimeReason.PLANNED_MAINTENANCE;
import static dev.tandem.equipment.EquipmentState.DOWN;
import static dev.tandem.equipment.EquipmentState.IDLE;
import static dev.tandem.equipment.EquipmentState.RUNNING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.equipment.reliability.DowntimeRuns;
import dev.tandem.equipment.reliability.Moment;
import dev.tandem.equipment.reliability.Reliability;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * MTBF, MTTR and downtimes worked by hand. Times are hours after a fixed origin; the window is hours 0 to 100.
 *
 * <pre>
 * -10 RUNNING
 *  20 DOWN  MECHANICAL            unplanned, 3 h, a failure
 *  23 RUNNING
 *  50 IDLE  NO_MATERIAL           idle, 10 h
 *  60 RUNNING
 *  70 DOWN  PLANNED_MAINTENANCE   planned, 8 h, no failure
 *  78 RUNNING
 *  90 DOWN  ELECTRICAL            unplanned, 10 h inside the window (goes on to 105), a failure
 * 105 RUNNING
 * </pre>
 *
 * Running: 0-20, 23-50, 60-70, 78-90 = 20 + 27 + 10 + 12 = 69 h; idle 10 h; planned down 8 h; unplanned down
 * 3 + 10 = 13 h. Failures 2: MTBF = 69 / 2 = 34.5 h, MTTR = 13 / 2 = 6.5 h.
 */
class ReliabilityTests {

    static final Instant ORIGIN = Instant.parse("2025-03-01T00:00:00Z");
    static final UUID MACHINE = UUID.randomUUID();

    @Test
    void mtbfIsRunningTimePerFailureAndMttrUnplannedDowntimePerFailure() {
        var timeline = timeline(
                -10,
                RUNNING,
                null,
                20,
                DOWN,
                MECHANICAL,
                23,
                RUNNING,
                null,
                50,
                IDLE,
                NO_MATERIAL,
                60,
                RUNNING,
                null,
                70,
                DOWN,
                PLANNED_MAINTENANCE,
                78,
                RUNNING,
                null,
                90,
                DOWN,
                ELECTRICAL,
                105,
                RUNNING,
                null);

        var reliability = Reliability.measure(MACHINE, timeline, hour(0), hour(100));

        assertThat(reliability.running()).isEqualTo(Duration.ofHours(69));
        assertThat(reliability.idle()).isEqualTo(Duration.ofHours(10));
        assertThat(reliability.plannedDown()).isEqualTo(Duration.ofHours(8));
        assertThat(reliability.unplannedDown()).isEqualTo(Duration.ofHours(13));
        assertThat(reliability.unknown()).isEqualTo(Duration.ZERO);
        assertThat(reliability.failures()).isEqualTo(2);
        assertThat(reliability.plannedStops()).isEqualTo(1);
        assertThat(reliability.mtbf()).contains(Duration.ofMinutes(34 * 60 + 30));
        assertThat(reliability.mttr()).contains(Duration.ofMinutes(6 * 60 + 30));
    }

    /**
     * A downtime that began before the window counts its hours inside the window but is no failure of the window:
     * -5 DOWN MECHANICAL, 2 RUNNING, 40 DOWN MECHANICAL, 46 RUNNING. Unplanned down 2 + 6 = 8 h; one failure (at 40);
     * running 38 + 54 = 92 h. MTBF 92 h, MTTR 8 h.
     */
    @Test
    void aDowntimeFromBeforeTheWindowCountsItsHoursInsideButIsNoFailureOfTheWindow() {
        var timeline = timeline(-5, DOWN, MECHANICAL, 2, RUNNING, null, 40, DOWN, MECHANICAL, 46, RUNNING, null);

        var reliability = Reliability.measure(MACHINE, timeline, hour(0), hour(100));

        assertThat(reliability.unplannedDown()).isEqualTo(Duration.ofHours(8));
        assertThat(reliability.running()).isEqualTo(Duration.ofHours(92));
        assertThat(reliability.failures()).isEqualTo(1);
        assertThat(reliability.mtbf()).contains(Duration.ofHours(92));
        assertThat(reliability.mttr()).contains(Duration.ofHours(8));
    }

    /** Before the first change nothing is known: 30 RUNNING, 80 IDLE. Unknown 30 h, running 50 h, idle 20 h. */
    @Test
    void timeBeforeTheFirstChangeIsUnknownAndWithoutFailuresThereIsNoMtbf() {
        var timeline = timeline(30, RUNNING, null, 80, IDLE, null);

        var reliability = Reliability.measure(MACHINE, timeline, hour(0), hour(100));

        assertThat(reliability.unknown()).isEqualTo(Duration.ofHours(30));
        assertThat(reliability.running()).isEqualTo(Duration.ofHours(50));
        assertThat(reliability.idle()).isEqualTo(Duration.ofHours(20));
        assertThat(reliability.failures()).isZero();
        assertThat(reliability.mtbf()).isEmpty();
        assertThat(reliability.mttr()).isEmpty();
    }

    /**
     * Another DOWN for the same reason says nothing new; another reason closes the downtime and opens the next:
     * 10 DOWN MECHANICAL, 12 DOWN MECHANICAL, 15 DOWN PLANNED_MAINTENANCE, 20 RUNNING, 30 DOWN ELECTRICAL (open).
     */
    @Test
    void downtimesRunUntilTheMachineIsNoLongerDownForTheSameReason() {
        var timeline = timeline(
                0,
                RUNNING,
                null,
                10,
                DOWN,
                MECHANICAL,
                12,
                DOWN,
                MECHANICAL,
                15,
                DOWN,
                PLANNED_MAINTENANCE,
                20,
                RUNNING,
                null,
                30,
                DOWN,
                ELECTRICAL);

        var runs = DowntimeRuns.of(timeline);

        assertThat(runs).hasSize(3);
        assertThat(runs.get(0).id()).isEqualTo(timeline.get(1).id());
        assertThat(runs.get(0).startedAt()).isEqualTo(hour(10));
        assertThat(runs.get(0).endedAt()).isEqualTo(hour(15));
        assertThat(runs.get(0).reason()).isEqualTo(MECHANICAL);
        assertThat(runs.get(1).startedAt()).isEqualTo(hour(15));
        assertThat(runs.get(1).endedAt()).isEqualTo(hour(20));
        assertThat(runs.get(1).planned()).isTrue();
        assertThat(runs.get(2).startedAt()).isEqualTo(hour(30));
        assertThat(runs.get(2).endedAt()).isNull();

        var reliability = Reliability.measure(MACHINE, timeline, hour(0), hour(40));
        // running 0-10, 20-30 = 20 h; unplanned 10-15 and 30-40 = 15 h; planned 15-20 = 5 h; failures at 10 and 30
        assertThat(reliability.running()).isEqualTo(Duration.ofHours(20));
        assertThat(reliability.unplannedDown()).isEqualTo(Duration.ofHours(15));
        assertThat(reliability.plannedDown()).isEqualTo(Duration.ofHours(5));
        assertThat(reliability.failures()).isEqualTo(2);
        assertThat(reliability.mttr()).contains(Duration.ofMinutes(450));
    }

    @Test
    void changesAfterTheWindowAreLeftOut() {
        var timeline = timeline(0, RUNNING, null, 60, DOWN, MECHANICAL, 120, RUNNING, null, 130, DOWN, MECHANICAL);

        var reliability = Reliability.measure(MACHINE, timeline, hour(0), hour(100));

        assertThat(reliability.running()).isEqualTo(Duration.ofHours(60));
        assertThat(reliability.unplannedDown()).isEqualTo(Duration.ofHours(40));
        assertThat(reliability.failures()).isEqualTo(1);
    }

    static Instant hour(int hours) {
        return ORIGIN.plus(Duration.ofHours(hours));
    }

    /** Alternating hour, state, reason. */
    static List<Moment> timeline(Object... changes) {
        var moments = new ArrayList<Moment>();
        for (int i = 0; i < changes.length; i += 3) {
            moments.add(new Moment(
                    UUID.randomUUID(),
                    hour((Integer) changes[i]),
                    (EquipmentState) changes[i + 1],
                    (DowntimeReason) changes[i + 2],
                    null));
        }
        return moments;
    }
}
