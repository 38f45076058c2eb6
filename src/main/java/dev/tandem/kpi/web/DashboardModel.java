package dev.tandem.kpi.web;

import dev.tandem.kpi.figures.Figures.Dashboard;
import dev.tandem.kpi.figures.OpenWarnings;
import dev.tandem.shared.Viewer;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a dashboard page renders from the figures: the dashboard itself, its table rows, the trend for the chart and
 * the open early warnings.
 */
@Component
class DashboardModel {

    private final JsonMapper json;
    private final OpenWarnings warnings;

    DashboardModel(JsonMapper json, OpenWarnings warnings) {
        this.json = json;
        this.warnings = warnings;
    }

    /** A month of the trend chart. */
    record TrendPoint(String month, Double trifr, Double ltifr, long nearMisses, long recordable) {}

    void fill(Dashboard dashboard, Viewer viewer, Model model) {
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("warnings", warnings.of(dashboard.trend().scope(), viewer));
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
