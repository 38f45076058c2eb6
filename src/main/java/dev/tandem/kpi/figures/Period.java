package dev.tandem.kpi.figures;

import java.time.YearMonth;
import java.util.Objects;

/**
 * The months figures cover, in the enterprise's time zone: one month, the year to date, or the rolling twelve months,
 * each ending with {@code month}.
 */
public record Period(Kind kind, YearMonth month) {

    public enum Kind {
        MONTH,
        YTD,
        ROLLING_12
    }

    public Period {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(month, "month");
    }

    public static Period month(YearMonth month) {
        return new Period(Kind.MONTH, month);
    }

    public static Period yearToDate(YearMonth month) {
        return new Period(Kind.YTD, month);
    }

    public static Period rolling12(YearMonth month) {
        return new Period(Kind.ROLLING_12, month);
    }

    public YearMonth first() {
        return switch (kind) {
            case MONTH -> month;
            case YTD -> month.withMonth(1);
            case ROLLING_12 -> month.minusMonths(11);
        };
    }

    public YearMonth last() {
        return month;
    }

    public int months() {
        return (int) (first().until(last(), java.time.temporal.ChronoUnit.MONTHS) + 1);
    }
}
