package dev.tandem.kpi;

import dev.tandem.kpi.hours.HoursWorked;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The hours of one organisation on one site in one month, as a person or a client enters them.
 *
 * @param month the month, {@code yyyy-MM}; not in the future
 * @param hours hours worked, one decimal at most
 * @param averageHeadcount the average number of people who worked them; optional
 */
public record RecordHours(
        @NotNull UUID organisationId,
        @NotNull UUID siteId,
        @NotNull @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
        @NotNull
                @PositiveOrZero(message = "{kpi.validation.notNegative}")
                @Digits(integer = 11, fraction = 1, message = "{kpi.validation.hoursDigits}")
                BigDecimal hours,
        @PositiveOrZero(message = "{kpi.validation.notNegative}")
                @Digits(integer = 8, fraction = 1, message = "{kpi.validation.headcountDigits}")
                BigDecimal averageHeadcount) {

    /** Nothing entered yet: an empty form. */
    public static RecordHours blank() {
        return new RecordHours(null, null, null, null, null);
    }

    public static RecordHours of(HoursWorked recorded) {
        return new RecordHours(
                recorded.organisationId(),
                recorded.siteId(),
                recorded.month(),
                recorded.hours(),
                recorded.averageHeadcount());
    }
}
