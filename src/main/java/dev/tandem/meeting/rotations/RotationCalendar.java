package dev.tandem.meeting.rotations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * The rotations a pattern makes: blocks of days repeated from the day the pattern starts (15/15 is two rotations of 15
 * days, 2/2/2/2 four of two, 7 a weekly one), each crew change at the same time of day on the site's clock. A rotation
 * is as long as its days on that clock, so one across a change of summer time is an hour shorter or longer; a crew
 * change at a time the clock skips (02:30 when it jumps from 02:00 to 03:00) happens as the clock moves on (03:30), and
 * one at a time the clock passes twice happens the first time.
 */
@NamedInterface("rotations")
public final class RotationCalendar {

    private final List<Integer> blocks;
    private final int cycleDays;
    private final LocalDate startsOn;
    private final LocalTime changesAt;
    private final ZoneId zone;
    private final SteadyOffset steady;

    public RotationCalendar(List<Integer> blocks, LocalDate startsOn, LocalTime changesAt, ZoneId zone) {
        if (blocks.isEmpty() || blocks.stream().anyMatch(days -> days == null || days < 1)) {
            throw new IllegalArgumentException("a pattern needs blocks of one day or more: " + blocks);
        }
        this.blocks = List.copyOf(blocks);
        this.cycleDays = blocks.stream().mapToInt(Integer::intValue).sum();
        this.startsOn = startsOn;
        this.changesAt = changesAt;
        this.zone = zone;
        this.steady = SteadyOffset.of(zone);
    }

    /** The rotations that overlap the period from {@code from} up to (not including) {@code to}, in order. */
    public List<Rotation> overlapping(Instant from, Instant to) {
        var rotations = new ArrayList<Rotation>();
        if (!from.isBefore(to)) {
            return rotations;
        }
        var firstDay = LocalDate.ofInstant(from, zone);
        var cycle = Math.max(0, ChronoUnit.DAYS.between(startsOn, firstDay) / cycleDays - 1);
        var day = startsOn.plusDays(cycle * cycleDays);
        var number = cycle * blocks.size() + 1;
        while (true) {
            for (int days : blocks) {
                var next = day.plusDays(days);
                var rotation = new Rotation(number++, day, change(day), change(next));
                if (!rotation.startsAt().isBefore(to)) {
                    return rotations;
                }
                if (rotation.endsAt().isAfter(from)) {
                    rotations.add(rotation);
                }
                day = next;
            }
        }
    }

    /** The rotation under way at the instant; empty before the pattern's first crew change. */
    public Optional<Rotation> at(Instant instant) {
        return overlapping(instant, instant.plusNanos(1)).stream().findFirst();
    }

    /** The start of the day on the site's clock. */
    public Instant startOf(LocalDate day) {
        return steady.covers(day, LocalTime.MIDNIGHT)
                ? steady.instant(day, LocalTime.MIDNIGHT)
                : day.atStartOfDay(zone).toInstant();
    }

    private Instant change(LocalDate day) {
        return steady.covers(day, changesAt)
                ? steady.instant(day, changesAt)
                : ZonedDateTime.of(day, changesAt, zone).toInstant();
    }
}
