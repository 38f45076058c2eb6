package dev.tandem.kpi.web;

import dev.tandem.kpi.figures.Figures.Dashboard;
import dev.tandem.kpi.figures.OpenWarnings;
import dev.tandem.kpi.figures.StopFigures;
import dev.tandem.shared.Viewer;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a dashboard page renders from the figures: the dashboard itself, its table rows, the trend for the chart and
 * the open early warnings and the figures of stopped work.
 */
@Component
class DashboardModel {

    private final JsonMapper json;
    private final OpenWarnings warnings;
    private final StopFigures stops;

    DashboardModel(JsonMapper json, OpenWarnings warnings, StopFigures stops) {
        this.json = json;
        this.warnings = warnings;
        this.stops = stops;
    }

    /** A month of the trend chart. */
    record TrendPoint(String month, Double trifr, Double ltifr, long nearMisses, long recordable) {}

    void fill(Dashboard dashboard, Viewer viewer, Model model) {
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("warnings", warnings.of(dashboard.trend().scope(), viewer));
        var months = dashboard.trend().months();
        model.addAttribute(
                "stops",
                stops.of(
                        dashboard.trend().scope(), months.get(months.size() - 1).month()));
        model.addAttribute("rates", DashboardRows.rates(dashboard));
        model.addAttribute("counts", DashboardRows.counts(dashboard));
        model.addAttribute(
                "trend",
                json.writeValueAsString(dashboard.trend().months().stream()
                        .map(m -> new TrendPoint(
                                m.month().toString(),
                                m.figures().trifr().value(),
                                m.figures().ltifr().value(),
                                m.figures().nearMisses().value(),
                                m.figures().trifr().count()))
                        .toList()));
    }
}
