package dev.tandem.kpi.web;

import dev.tandem.kpi.figures.FigureScope;
import dev.tandem.kpi.figures.Period;
import dev.tandem.kpi.figures.Workforce;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.web.StorableValues;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The parameters every figures request takes, from the API and the dashboard alike, checked. */
record FigureQuery(UUID site, UUID area, UUID organisation, String workforce, String period, String month) {

    private static final DateTimeFormatter MONTH =
            DateTimeFormatter.ofPattern("uuuu-MM").withResolverStyle(ResolverStyle.STRICT);

    FigureScope scope() {
        return new FigureScope(
                site, area, organisation, choice(Workforce.class, "workforce", workforce, Workforce.ALL));
    }

    /** The kind of period asked for; the year to date when none is named. */
    Period.Kind periodKind() {
        return choice(Period.Kind.class, "period", period, Period.Kind.YTD);
    }

    /** The month the period ends with, if one is named (this month otherwise). */
    Optional<YearMonth> namedMonth() {
        if (month == null || month.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(StorableValues.require("month", YearMonth.parse(month.trim(), MONTH)));
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("month", "kpi.rule.month", month);
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String name, String value, E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(
                    name,
                    "kpi.rule.choice",
                    value,
                    String.join(
                            ", ",
                            Arrays.stream(type.getEnumConstants())
                                    .map(Enum::name)
                                    .toList()));
        }
    }
}
