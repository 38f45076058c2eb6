package dev.tandem.meeting.rotations;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The one offset from UTC a time zone keeps from its last change on, where it has stopped changing (Russia's zones since
 * 2014): a day and time on its clock from then on is that many seconds from UTC, with no summer time to look up. A zone
 * with summer time has none ({@link #covers} is always false).
 *
 * @param from the first local date-time (its seconds counted as if it were UTC) from which the offset holds
 * @param seconds the offset
 */
record SteadyOffset(long from, int seconds) {

    private static final int SECONDS_A_DAY = 86_400;

    private static final SteadyOffset NEVER = new SteadyOffset(Long.MAX_VALUE, 0);

    static SteadyOffset of(ZoneId zone) {
        var rules = zone.getRules();
        if (rules.isFixedOffset()) {
            return new SteadyOffset(
                    Long.MIN_VALUE, rules.getOffset(Instant.EPOCH).getTotalSeconds());
        }
        var lastChange = rules.getTransitionRules().isEmpty() ? rules.previousTransition(Instant.MAX) : null;
        if (lastChange == null) {
            return NEVER;
        }
        // the clock may have jumped back or forward: from the later of the two readings on, each time is read once
        var before = lastChange.getDateTimeBefore();
        var after = lastChange.getDateTimeAfter();
        var steadyFrom = before.isAfter(after) ? before : after;
        return new SteadyOffset(
                steadyFrom.toEpochSecond(ZoneOffset.UTC),
                lastChange.getOffsetAfter().getTotalSeconds());
    }

    boolean covers(LocalDate day, LocalTime time) {
        return local(day, time) >= from;
    }

    Instant instant(LocalDate day, LocalTime time) {
        return Instant.ofEpochSecond(local(day, time) - seconds, time.getNano());
    }

    private static long local(LocalDate day, LocalTime time) {
        return day.toEpochDay() * SECONDS_A_DAY + time.toSecondOfDay();
    }
}
