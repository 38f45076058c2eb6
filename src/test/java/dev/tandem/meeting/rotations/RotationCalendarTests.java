package dev.tandem.meeting.rotations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rotations a pattern makes on the site's clock: blocks repeated from the first crew change, a crew change
 * belonging to the rotation it starts, the same pattern in two time zones, and rotations across the changes of summer
 * time (an hour shorter or longer, a crew change at a time the clock skips or passes twice).
 */
class RotationCalendarTests {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final ZoneId NOVOKUZNETSK = ZoneId.of("Asia/Novokuznetsk");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalTime EIGHT = LocalTime.of(8, 0);

    private static Instant at(String local, ZoneId zone) {
        return java.time.LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    @Test
    void fifteenFifteenMakesTwoRotationsOfFifteenDaysACycleRepeatedFromTheFirstCrewChange() {
        var calendar = new RotationCalendar(List.of(15, 15), LocalDate.of(2026, 1, 1), EIGHT, MOSCOW);

        var rotations = calendar.overlapping(at("2026-01-01T00:00", MOSCOW), at("2026-03-01T00:00", MOSCOW));

        assertThat(rotations).extracting(Rotation::number).containsExactly(1L, 2L, 3L, 4L);
        assertThat(rotations)
                .extracting(Rotation::firstDay)
                .containsExactly(
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 1, 16),
                        LocalDate.of(2026, 1, 31),
                        LocalDate.of(2026, 2, 15));
        assertThat(rotations.get(0).startsAt()).isEqualTo(at("2026-01-01T08:00", MOSCOW));
        assertThat(rotations.get(0).endsAt()).isEqualTo(rotations.get(1).startsAt());
        assertThat(Duration.between(
                        rotations.get(0).startsAt(), rotations.get(0).endsAt()))
                .isEqualTo(Duration.ofDays(15));
    }

    @Test
    void aCrewChangeBelongsToTheRotationItStartsAndTheMinuteBeforeToTheOneItEnds() {
        var calendar = new RotationCalendar(List.of(4, 4), LocalDate.of(2026, 5, 4), EIGHT, MOSCOW);

        assertThat(calendar.at(at("2026-05-08T07:59", MOSCOW)))
                .map(Rotation::number)
                .contains(1L);
        assertThat(calendar.at(at("2026-05-08T08:00", MOSCOW)))
                .map(Rotation::number)
                .contains(2L);
        assertThat(calendar.at(at("2026-05-04T07:59", MOSCOW))).isEmpty();
    }

    @Test
    void blocksOfDifferentLengthsTakeTurnsAndALongPeriodStartsAtTheRightRotation() {
        var calendar = new RotationCalendar(List.of(2, 2, 2, 2), LocalDate.of(2025, 1, 1), EIGHT, MOSCOW);

        var rotations = calendar.overlapping(at("2026-01-01T09:00", MOSCOW), at("2026-01-05T09:00", MOSCOW));

        // 2026-01-01 is day 365 of the pattern: rotation 183 (days 364-365) is under way, then 184 and 185
        assertThat(rotations).extracting(Rotation::number).containsExactly(183L, 184L, 185L);
        assertThat(rotations.get(0).firstDay()).isEqualTo(LocalDate.of(2025, 12, 31));
        var weekly = new RotationCalendar(List.of(7), LocalDate.of(2026, 1, 5), EIGHT, MOSCOW);
        assertThat(weekly.at(at("2026-02-01T12:00", MOSCOW)))
                .map(Rotation::firstDay)
                .contains(LocalDate.of(2026, 1, 26));
    }

    @Test
    void theSamePatternOnSitesInTwoTimeZonesChangesCrewsAtEachSitesOwnEightOClock() {
        var moscow = new RotationCalendar(List.of(15, 15), LocalDate.of(2026, 1, 1), EIGHT, MOSCOW);
        var novokuznetsk = new RotationCalendar(List.of(15, 15), LocalDate.of(2026, 1, 1), EIGHT, NOVOKUZNETSK);
        // 03:00 UTC on the 16th: 06:00 in Moscow (before its crew change), 10:00 in Novokuznetsk (after it)
        var instant = Instant.parse("2026-01-16T03:00:00Z");

        assertThat(moscow.at(instant)).map(Rotation::number).contains(1L);
        assertThat(novokuznetsk.at(instant)).map(Rotation::number).contains(2L);
        assertThat(Duration.between(
                        novokuznetsk.at(instant).get().startsAt(),
                        moscow.at(instant).get().endsAt()))
                .isEqualTo(Duration.ofHours(4));
    }

    @Test
    void aRotationAcrossTheSpringChangeOfSummerTimeIsAnHourShorterAndAcrossTheAutumnOneAnHourLonger() {
        var calendar = new RotationCalendar(List.of(4, 4), LocalDate.of(2026, 3, 26), EIGHT, BERLIN);

        var spring = calendar.at(at("2026-03-28T12:00", BERLIN)).orElseThrow();
        assertThat(Duration.between(spring.startsAt(), spring.endsAt())).isEqualTo(Duration.ofHours(4 * 24 - 1));
        assertThat(spring.endsAt()).isEqualTo(at("2026-03-30T08:00", BERLIN));

        var autumn = calendar.at(at("2026-10-24T12:00", BERLIN)).orElseThrow();
        assertThat(Duration.between(autumn.startsAt(), autumn.endsAt())).isEqualTo(Duration.ofHours(4 * 24 + 1));
        // a meeting at 07:30 on the morning of the crew change still belongs to the rotation that ends at 08:00
        assertThat(calendar.at(at("2026-10-27T07:30", BERLIN)))
                .map(Rotation::number)
                .contains(autumn.number());
    }

    @Test
    void aRotationThatBeginsAtATimeTheClockSkipsBeginsAsTheClockMovesOnAndOneAtATimePassedTwiceTheFirstTime() {
        // Berlin's clocks jump from 02:00 to 03:00 on 2026-03-29 and fall back from 03:00 to 02:00 on 2026-10-25
        var calendar = new RotationCalendar(List.of(7), LocalDate.of(2026, 3, 22), LocalTime.of(2, 30), BERLIN);

        var beginsInTheGap = calendar.at(Instant.parse("2026-03-29T12:00:00Z")).orElseThrow();
        assertThat(beginsInTheGap.firstDay()).isEqualTo(LocalDate.of(2026, 3, 29));
        assertThat(beginsInTheGap.startsAt()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        assertThat(ZonedDateTime.ofInstant(beginsInTheGap.startsAt(), BERLIN).toLocalTime())
                .isEqualTo(LocalTime.of(3, 30));
        var before = calendar.at(Instant.parse("2026-03-29T01:15:00Z")).orElseThrow();
        assertThat(before.number()).isEqualTo(beginsInTheGap.number() - 1);
        assertThat(before.endsAt()).isEqualTo(beginsInTheGap.startsAt());

        var endsInTheOverlap =
                calendar.at(Instant.parse("2026-10-24T12:00:00Z")).orElseThrow();
        assertThat(endsInTheOverlap.endsAt()).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
        assertThat(Duration.between(endsInTheOverlap.startsAt(), endsInTheOverlap.endsAt()))
                .isEqualTo(Duration.ofHours(7 * 24));
        var beginsInTheOverlap =
                calendar.at(Instant.parse("2026-10-25T00:30:00Z")).orElseThrow();
        assertThat(beginsInTheOverlap.number()).isEqualTo(endsInTheOverlap.number() + 1);
        assertThat(Duration.between(beginsInTheOverlap.startsAt(), beginsInTheOverlap.endsAt()))
                .isEqualTo(Duration.ofHours(7 * 24 + 1));
    }

    /**
     * Russia's zones stopped changing their clocks in 2014 (Moscow went from +04 to +03, Yekaterinburg from +06 to +05
     * that October): every crew change, before and after the last change and on its very night, is at the day and time
     * the site's clock reads; so in a zone with summer time, one with a fixed offset and UTC.
     */
    @Test
    void everyCrewChangeIsAtTheSitesClockTimeAcrossTheLastChangesOfRussiasClocksAndInOtherZones() {
        var zones = List.of(
                ZoneId.of("Asia/Yekaterinburg"),
                MOSCOW,
                NOVOKUZNETSK,
                BERLIN,
                ZoneId.of("+05:00"),
                ZoneId.of("UTC"),
                ZoneId.of("America/Santiago"));
        var times = List.of(LocalTime.MIDNIGHT, LocalTime.of(0, 30), LocalTime.of(1, 0), LocalTime.of(2, 30), EIGHT);
        for (var zone : zones) {
            for (var changesAt : times) {
                var calendar = new RotationCalendar(List.of(1), LocalDate.of(2010, 1, 1), changesAt, zone);
                var rotations = calendar.overlapping(
                        calendar.startOf(LocalDate.of(2010, 1, 2)), calendar.startOf(LocalDate.of(2027, 1, 1)));

                assertThat(rotations).hasSizeGreaterThan(6000).allSatisfy(rotation -> assertThat(rotation.startsAt())
                        .as("%s at %s in %s", rotation.firstDay(), changesAt, zone)
                        .isEqualTo(ZonedDateTime.of(rotation.firstDay(), changesAt, zone)
                                .toInstant()));
                assertThat(calendar.startOf(LocalDate.of(2014, 10, 26)))
                        .isEqualTo(LocalDate.of(2014, 10, 26).atStartOfDay(zone).toInstant());
            }
        }
    }

    @Test
    void aPatternNeedsBlocksOfADayOrMore() {
        assertThatThrownBy(() -> new RotationCalendar(List.of(), LocalDate.of(2026, 1, 1), EIGHT, MOSCOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RotationCalendar(List.of(4, 0), LocalDate.of(2026, 1, 1), EIGHT, MOSCOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
