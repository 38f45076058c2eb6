package dev.tandem.kpi.web;

import dev.tandem.kpi.figures.Figures;
import dev.tandem.kpi.figures.Figures.Count;
import dev.tandem.kpi.figures.Figures.Dashboard;
import dev.tandem.kpi.figures.Figures.FigureSet;
import dev.tandem.kpi.figures.Figures.Rate;
import java.util.List;
import java.util.function.Function;

/** The dashboard's table: each figure for the month, the year to date and the rolling twelve months. */
final class DashboardRows {

    record RateRow(String label, Rate month, Rate yearToDate, Rate rolling12) {}

    record CountRow(String label, long month, long yearToDate, long rolling12) {}

    private static final List<Function<FigureSet, Rate>> RATES = List.of(
            FigureSet::ltifr, FigureSet::trifr, FigureSet::dartRate, FigureSet::severityRate, FigureSet::reportingRate);

    private static final List<Function<FigureSet, Count>> COUNTS =
            List.of(FigureSet::fatalities, FigureSet::firstAidCases, FigureSet::nearMisses);

    private DashboardRows() {}

    static List<RateRow> rates(Dashboard dashboard) {
        return RATES.stream()
                .map(rate -> new RateRow(
                        rate.apply(set(dashboard.month())).label(),
                        rate.apply(set(dashboard.month())),
                        rate.apply(set(dashboard.yearToDate())),
                        rate.apply(set(dashboard.rolling12()))))
                .toList();
    }

    static List<CountRow> counts(Dashboard dashboard) {
        return COUNTS.stream()
                .map(count -> new CountRow(
                        count.apply(set(dashboard.month())).label(),
                        count.apply(set(dashboard.month())).value(),
                        count.apply(set(dashboard.yearToDate())).value(),
                        count.apply(set(dashboard.rolling12())).value()))
                .toList();
    }

    private static FigureSet set(Figures figures) {
        return figures.figures();
    }
}
