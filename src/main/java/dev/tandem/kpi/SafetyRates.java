package dev.tandem.kpi;

import dev.tandem.kpi.figures.FigureScope;
import dev.tandem.kpi.figures.Figures.FigureSet;
import dev.tandem.kpi.figures.KpiFigures;
import dev.tandem.kpi.figures.Period;
import dev.tandem.shared.Viewer;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lost-time and total recordable injury frequency rates for other modules, made as the module makes its own: of hours
 * and injuries someone declares (a contractor's questionnaire), and the plant's own over the last twelve months, so the
 * two stand side by side on one definition.
 */
@Service
@Transactional(readOnly = true)
public class SafetyRates {

    private final KpiFigures figures;

    SafetyRates(KpiFigures figures) {
        this.figures = figures;
    }

    /**
     * A rate: {@code cases × base / hours}, to two decimals.
     *
     * @param value null when there are no hours
     * @param includesFatalities whether fatalities are among the cases
     */
    public record Rate(long cases, Double value, int base, boolean includesFatalities) {}

    /** The two rates of a set of hours and injuries, and the hours. */
    public record Rates(BigDecimal hoursWorked, Rate ltifr, Rate trifr) {

        static Rates of(FigureSet set) {
            return new Rates(set.hoursWorked(), rate(set.ltifr()), rate(set.trifr()));
        }

        private static Rate rate(dev.tandem.kpi.figures.Figures.Rate rate) {
            return new Rate(rate.count(), rate.value(), rate.base(), Boolean.TRUE.equals(rate.includesFatalities()));
        }
    }

    /** The rates of declared hours and injuries by class. */
    public Rates declared(BigDecimal hours, long fatalities, long lostTime, long restricted, long medicalTreatment) {
        return Rates.of(figures.declared(hours, fatalities, lostTime, restricted, medicalTreatment));
    }

    /** The plant's rates over the last twelve months, everyone's people counted, as the viewer may read them. */
    public Rates plant(Viewer viewer) {
        return Rates.of(figures.figures(FigureScope.enterprise(), Period.Kind.ROLLING_12, Optional.empty(), viewer)
                .figures());
    }
}
