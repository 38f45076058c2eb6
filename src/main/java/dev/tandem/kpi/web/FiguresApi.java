package dev.tandem.kpi.web;

import dev.tandem.kpi.figures.Figures;
import dev.tandem.kpi.figures.Figures.Breakdown;
import dev.tandem.kpi.figures.Figures.Dashboard;
import dev.tandem.kpi.figures.Figures.Trend;
import dev.tandem.kpi.figures.KpiFigures;
import dev.tandem.shared.Viewer;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Safety figures. The scope is narrowed by {@code site}, {@code area}, {@code organisation} and {@code workforce}
 * (ALL, OWN_STAFF, CONTRACTORS); the period is {@code period} (MONTH, YTD, ROLLING_12; YTD when absent) ending
 * with {@code month} ({@code yyyy-MM}; this month when absent).
 */
@RestController
@RequestMapping("/api/v1/figures")
class FiguresApi {

    private final KpiFigures figures;
    private final FigureExports exports;

    FiguresApi(KpiFigures figures, FigureExports exports) {
        this.figures = figures;
        this.exports = exports;
    }

    @GetMapping
    Figures figures(FigureQuery query, Viewer viewer) {
        return figures.figures(query.scope(), query.periodKind(), query.namedMonth(), viewer);
    }

    /** The month, year to date and rolling twelve months ending with {@code month}, and their trend, at once. */
    @GetMapping("/dashboard")
    Dashboard dashboard(FigureQuery query, Viewer viewer) {
        return figures.dashboard(query.scope(), query.namedMonth(), viewer);
    }

    /** Twelve months ending with {@code month}. */
    @GetMapping("/trend")
    Trend trend(FigureQuery query, Viewer viewer) {
        return figures.trend(query.scope(), query.namedMonth(), viewer);
    }

    @GetMapping("/breakdown")
    Breakdown breakdown(FigureQuery query, Viewer viewer) {
        return figures.breakdown(query.scope(), query.periodKind(), query.namedMonth(), viewer);
    }

    /** The breakdown as a file: {@code format} xlsx (the default) or csv. */
    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(
            FigureQuery query, @RequestParam(required = false) String format, Viewer viewer) {
        return exports.export(format, figures.breakdown(query.scope(), query.periodKind(), query.namedMonth(), viewer));
    }
}
