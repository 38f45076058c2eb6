package dev.tandem.shared.web;

import dev.tandem.shared.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The one rule every value a request brings must pass before anything uses it: text without NUL characters (which
 * PostgreSQL cannot store) and dates and times within the years 1 to 9999. Applied to query and form parameters by
 * {@link RequestParameterRules} and {@link WebConfiguration}'s converters, and to JSON bodies by {@link StorableJson}.
 */
public final class StorableValues {

    static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
    private static final Instant FIRST_INSTANT =
            FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant LAST_INSTANT =
            LAST_DAY.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1);

    private StorableValues() {}

    /**
     * The value, when it keeps the rule; for code that reads a request's text itself.
     *
     * @throws InvalidRequestException naming the field otherwise
     */
    public static <T> T require(String field, T value) {
        refusal(value).ifPresent(code -> {
            throw new InvalidRequestException(field, code);
        });
        return value;
    }

    /** Whether the value keeps the rule; for a reader (such as a property editor) that reports failure its own way. */
    public static boolean storable(Object value) {
        return refusal(value).isEmpty();
    }

    /** The message code of why the value cannot be taken, or empty when it can. */
    static Optional<String> refusal(Object value) {
        if (value instanceof CharSequence text) {
            return text.chars().anyMatch(c -> c == 0) ? Optional.of("rule.textNul") : Optional.empty();
        }
        if (value instanceof Instant instant) {
            return inRange(instant) ? Optional.empty() : Optional.of("rule.dateRange");
        }
        var day = day(value);
        if (day != null && (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY))) {
            return Optional.of("rule.dateRange");
        }
        return Optional.empty();
    }

    private static boolean inRange(Instant instant) {
        return !instant.isBefore(FIRST_INSTANT) && !instant.isAfter(LAST_INSTANT);
    }

    private static LocalDate day(Object value) {
        if (value instanceof LocalDate date) {
            return date;
        } else if (value instanceof LocalDateTime time) {
            return time.toLocalDate();
        } else if (value instanceof OffsetDateTime time) {
            return time.toLocalDate();
        } else if (value instanceof ZonedDateTime time) {
            return time.toLocalDate();
        } else if (value instanceof YearMonth month) {
            return month.atDay(1);
        }
        return null;
    }
}
