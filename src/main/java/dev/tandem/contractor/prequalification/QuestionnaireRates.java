package dev.tandem.contractor.prequalification;

import dev.tandem.kpi.SafetyRates;
import dev.tandem.kpi.SafetyRates.Rates;
import dev.tandem.shared.Viewer;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A contractor's declared years as frequency rates, made by the plant's own definitions (the kpi module's base and
 * injury classes), and the plant's own rates over the last twelve months to read them against.
 */
@Component
public class QuestionnaireRates {

    private final SafetyRates rates;

    QuestionnaireRates(SafetyRates rates) {
        this.rates = rates;
    }

    /** One declared year and its rates. */
    public record YearRates(SafetyYear declared, Rates rates) {}

    /** @param threeYears the years together: their cases over their hours, not an average of rates */
    public record Figures(List<YearRates> years, Rates threeYears, Rates plant) {}

    public Figures of(Prequalification prequalification, Viewer viewer) {
        var years = prequalification.years().stream()
                .map(year -> new YearRates(year, rates(List.of(year))))
                .toList();
        return new Figures(years, rates(prequalification.years()), rates.plant(viewer));
    }

    private Rates rates(List<SafetyYear> years) {
        return rates.declared(
                years.stream().map(SafetyYear::hours).reduce(BigDecimal.ZERO, BigDecimal::add),
                years.stream().mapToLong(SafetyYear::fatalities).sum(),
                years.stream().mapToLong(SafetyYear::lostTime).sum(),
                years.stream().mapToLong(SafetyYear::restrictedWork).sum(),
                years.stream().mapToLong(SafetyYear::medicalTreatment).sum());
    }
}
