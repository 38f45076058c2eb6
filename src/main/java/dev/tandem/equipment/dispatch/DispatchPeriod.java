package dev.tandem.equipment.dispatch;

import dev.tandem.shared.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * A period of whole days, both included, as people choose it for a timeline or for MTBF and MTTR: from the start of
 * {@code from} to the end of {@code to} in the site's time zone.
 */
public record DispatchPeriod(LocalDate from, LocalDate to) {

    /** Long enough for a year-on-year look, bounded so that no request runs away. */
    public static final int MAX_DAYS = 732;

    public static final int DEFAULT_DAYS = 30;

    public DispatchPeriod {
        if (from == null || to == null) {
            throw new InvalidRequestException(from == null ? "from" : "to", "equipment.rule.periodRequired");
        }
        if (to.isBefore(from)) {
            throw new InvalidRequestException("to", "equipment.rule.periodReversed");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidRequestException("to", "equipment.rule.periodTooLong", MAX_DAYS);
        }
    }

    /** The period asked for; a missing end is today, a missing start {@link #DEFAULT_DAYS} days before the end. */
    public static DispatchPeriod of(LocalDate from, LocalDate to, LocalDate today) {
        var end = to == null ? today : to;
        return new DispatchPeriod(from == null ? end.minusDays(DEFAULT_DAYS - 1) : from, end);
    }

    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The start of the day after {@code to}. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
