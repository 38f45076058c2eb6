package dev.tandem.contractor.prequalification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** The safety questionnaire's answers: each of the last three full years, hours worked and injuries by class. */
public record AnswerQuestionnaire(@NotNull @Size(min = 3, max = 3) List<@Valid @NotNull Year> years) {

    public AnswerQuestionnaire {
        years = years == null ? null : List.copyOf(years);
    }

    public record Year(
            @NotNull @Min(1900) @Max(2999) Integer year,
            @NotNull @DecimalMin("0") @DecimalMax("9999999999") BigDecimal hoursWorked,
            @NotNull @Min(0) @Max(100000) Integer fatalities,
            @NotNull @Min(0) @Max(100000) Integer lostTime,
            @NotNull @Min(0) @Max(100000) Integer restrictedWork,
            @NotNull @Min(0) @Max(100000) Integer medicalTreatment) {}
}
