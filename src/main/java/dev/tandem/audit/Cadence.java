package dev.tandem.audit;

import dev.tandem.shared.InvalidRequestException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * When a schedule's inspections fall due, on the site's wall clock: at the start of every shift (each of the given
 * times, every day), weekly (a weekday at a time) or monthly (a day of the month at a time; the month's last day when
 * it is shorter). Slots are local times, so a shift that starts at 08:00 starts at 08:00 on both sides of a change to
 * or from summer time; a time the clocks skip starts when they resume.
 *
 * @param times the local times of day, in order
 * @param dayOfWeek the weekday of a weekly schedule
 * @param dayOfMonth the day of a monthly schedule, 1 to 31
 */
@NamedInterface("inspections")
public record Cadence(Frequency frequency, List<LocalTime> times, DayOfWeek dayOfWeek, Integer dayOfMonth) {

    /** How often a schedule's inspections fall due. */
    @NamedInterface("inspections")
    public enum Frequency {
        SHIFT,
        WEEKLY,
        MONTHLY
    }

    /** A year of days is more than any cadence's gap between slots. */
    private static final int LOOK_AHEAD_DAYS = 400;

    public Cadence {
        if (frequency == null) {
            throw new InvalidRequestException("cadence", "rule.audit.scheduleCadence");
        }
        if (times == null || times.isEmpty()) {
            throw new InvalidRequestException("times", "rule.audit.scheduleTimes");
        }
        times = times.stream().distinct().sorted().toList();
        if (frequency != Frequency.SHIFT && times.size() != 1) {
            throw new InvalidRequestException("times", "rule.audit.scheduleOneTime");
        }
        if (frequency == Frequency.WEEKLY && dayOfWeek == null) {
            throw new InvalidRequestException("dayOfWeek", "rule.audit.scheduleDayOfWeek");
        }
        if (frequency == Frequency.MONTHLY && (dayOfMonth == null || dayOfMonth < 1 || dayOfMonth > 31)) {
            throw new InvalidRequestException("dayOfMonth", "rule.audit.scheduleDayOfMonth");
        }
        dayOfWeek = frequency == Frequency.WEEKLY ? dayOfWeek : null;
        dayOfMonth = frequency == Frequency.MONTHLY ? dayOfMonth : null;
    }

    /** Times written as {@code 08:00, 20:00}; one that is not a time of day is refused on {@code times}. */
    public static List<LocalTime> times(String written) {
        if (written == null || written.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(written.split(","))
                    .map(String::strip)
                    .filter(time -> !time.isEmpty())
                    .map(LocalTime::parse)
                    .toList();
        } catch (DateTimeParseException notATime) {
            throw new InvalidRequestException("times", "rule.audit.scheduleTimes");
        }
    }

    /** The times as they are written and stored. */
    public String writtenTimes() {
        return String.join(", ", times.stream().map(LocalTime::toString).toList());
    }

    /** The first slot that starts at or after the instant, on the zone's wall clock. */
    public Instant firstAtOrAfter(Instant from, ZoneId zone) {
        var day = LocalDate.ofInstant(from, zone).minusDays(1);
        for (int i = 0; i < LOOK_AHEAD_DAYS; i++, day = day.plusDays(1)) {
            if (!falls(day)) {
                continue;
            }
            for (var time : times) {
                var start = ZonedDateTime.of(day, time, zone).toInstant();
                if (!start.isBefore(from)) {
                    return start;
                }
            }
        }
        throw new IllegalStateException("no slot within a year of " + from);
    }

    /** The slot after the one that starts at the instant: when that one's inspection is due. */
    public Instant after(Instant slot, ZoneId zone) {
        return firstAtOrAfter(slot.plusSeconds(1), zone);
    }

    private boolean falls(LocalDate day) {
        return switch (frequency) {
            case SHIFT -> true;
            case WEEKLY -> day.getDayOfWeek() == dayOfWeek;
            case MONTHLY -> day.getDayOfMonth() == Math.min(dayOfMonth, day.lengthOfMonth());
        };
    }
}
