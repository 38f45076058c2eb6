package dev.tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.audit.Cadence.Frequency;
import dev.tandem.shared.InvalidRequestException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Schedules fall due on the site's wall clock: a shift that starts at 06:00 starts at 06:00 on both sides of a change
 * to or from summer time (in a zone that has one, the gap between two slots is an hour shorter or longer that day;
 * in one that has none, never), a time the clocks skip starts when they resume, a monthly slot on the 31st falls on a
 * shorter month's last day.
 */
class CadenceTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId YEKATERINBURG = ZoneId.of("Asia/Yekaterinburg");
    private static final Cadence THREE_SHIFTS = new Cadence(
            Frequency.SHIFT, List.of(LocalTime.of(22, 0), LocalTime.of(6, 0), LocalTime.of(14, 0)), null, null);

    @Test
    void shiftsStartAtTheSameWallClockTimeAcrossTheChangeToSummerTime() {
        var slots = slots(THREE_SHIFTS, Instant.parse("2026-03-28T12:00:00Z"), BERLIN, 4);

        assertThat(slots)
                .containsExactly(
                        Instant.parse("2026-03-28T13:00:00Z"), // 14:00 CET
                        Instant.parse("2026-03-28T21:00:00Z"), // 22:00 CET
                        Instant.parse("2026-03-29T04:00:00Z"), // 06:00 CEST: the night shift is an hour shorter
                        Instant.parse("2026-03-29T12:00:00Z")); // 14:00 CEST
        assertThat(Duration.between(slots.get(1), slots.get(2))).isEqualTo(Duration.ofHours(7));
    }

    @Test
    void andAcrossTheChangeBackTheNightShiftIsAnHourLonger() {
        var slots = slots(THREE_SHIFTS, Instant.parse("2026-10-24T20:00:00Z"), BERLIN, 2);

        assertThat(slots).containsExactly(Instant.parse("2026-10-24T20:00:00Z"), Instant.parse("2026-10-25T05:00:00Z"));
        assertThat(Duration.between(slots.get(0), slots.get(1))).isEqualTo(Duration.ofHours(9));
    }

    @Test
    void inAZoneWithoutSummerTimeTheSlotsKeepTheirDistanceAllYear() {
        var march = slots(THREE_SHIFTS, Instant.parse("2026-03-28T12:00:00Z"), YEKATERINBURG, 4);
        var october = slots(THREE_SHIFTS, Instant.parse("2026-10-24T12:00:00Z"), YEKATERINBURG, 4);

        assertThat(march.get(0)).isEqualTo(Instant.parse("2026-03-28T17:00:00Z")); // 22:00 +05
        for (var slots : List.of(march, october)) {
            assertThat(Duration.between(slots.get(0), slots.get(1))).isEqualTo(Duration.ofHours(8));
            assertThat(Duration.between(slots.get(1), slots.get(2))).isEqualTo(Duration.ofHours(8));
        }
    }

    @Test
    void aTimeTheClocksSkipStartsWhenTheyResume() {
        var early = new Cadence(Frequency.SHIFT, List.of(LocalTime.of(2, 30)), null, null);

        assertThat(early.firstAtOrAfter(Instant.parse("2026-03-28T12:00:00Z"), BERLIN))
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z")); // 03:30 CEST
    }

    @Test
    void weeklyOnItsDayAndMonthlyOnTheLastDayOfAShorterMonth() {
        var weekly = new Cadence(Frequency.WEEKLY, List.of(LocalTime.of(7, 0)), DayOfWeek.MONDAY, null);
        var monthly = new Cadence(Frequency.MONTHLY, List.of(LocalTime.of(9, 0)), null, 31);

        assertThat(slots(weekly, Instant.parse("2026-03-25T00:00:00Z"), BERLIN, 2))
                .containsExactly(Instant.parse("2026-03-30T05:00:00Z"), Instant.parse("2026-04-06T05:00:00Z"));
        assertThat(slots(monthly, Instant.parse("2026-01-31T09:00:00Z"), YEKATERINBURG, 3))
                .containsExactly(
                        Instant.parse("2026-02-28T04:00:00Z"),
                        Instant.parse("2026-03-31T04:00:00Z"),
                        Instant.parse("2026-04-30T04:00:00Z"));
    }

    @Test
    void aCadenceThatCannotFallDueIsRefusedNamingItsField() {
        assertThatThrownBy(() -> new Cadence(Frequency.WEEKLY, List.of(LocalTime.NOON), null, null))
                .isInstanceOfSatisfying(InvalidRequestException.class, refused -> assertThat(refused.field())
                        .isEqualTo("dayOfWeek"));
        assertThatThrownBy(() -> new Cadence(Frequency.MONTHLY, List.of(LocalTime.NOON), null, 32))
                .isInstanceOfSatisfying(InvalidRequestException.class, refused -> assertThat(refused.field())
                        .isEqualTo("dayOfMonth"));
        assertThatThrownBy(() -> Cadence.times("8 o'clock"))
                .isInstanceOfSatisfying(InvalidRequestException.class, refused -> assertThat(refused.field())
                        .isEqualTo("times"));
    }

    private static List<Instant> slots(Cadence cadence, Instant from, ZoneId zone, int count) {
        var slots = new java.util.ArrayList<Instant>();
        var slot = cadence.firstAtOrAfter(from, zone);
        while (slots.size() < count) {
            slots.add(slot);
            slot = cadence.after(slot, zone);
        }
        return slots;
    }
}
