package dev.tandem.kpi.web;

import dev.tandem.kpi.FigureScope;
import dev.tandem.kpi.Figures;
import dev.tandem.kpi.Figures.Breakdown;
import dev.tandem.kpi.Figures.Dashboard;
import dev.tandem.kpi.Figures.Trend;
import dev.tandem.kpi.KpiFigures;
import dev.tandem.kpi.Period;
import dev.tandem.kpi.Workforce;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Viewer;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
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

    private static final DateTimeFormatter MONTH =
            DateTimeFormatter.ofPattern("uuuu-MM").withResolverStyle(ResolverStyle.STRICT);

    private final KpiFigures figures;
    private final FigureExports exports;

    FiguresApi(KpiFigures figures, FigureExports exports) {
        this.figures = figures;
        this.exports = exports;
    }

    /** The query parameters every figures endpoint takes. */
    record FigureQuery(UUID site, UUID area, UUID organisation, String workforce, String period, String month) {}

    @GetMapping
    Figures figures(FigureQuery query, Viewer viewer) {
        return figures.figures(scope(query), period(query), viewer);
    }

    /** The month, year to date and rolling twelve months ending with {@code month}, and their trend, at once. */
    @GetMapping("/dashboard")
    Dashboard dashboard(FigureQuery query, Viewer viewer) {
        return figures.dashboard(scope(query), period(query).last(), viewer);
    }

    /** Twelve months ending with {@code month}. */
    @GetMapping("/trend")
    Trend trend(FigureQuery query, Viewer viewer) {
        return figures.trend(scope(query), period(query).last(), viewer);
    }

    @GetMapping("/breakdown")
    Breakdown breakdown(FigureQuery query, Viewer viewer) {
        return figures.breakdown(scope(query), period(query), viewer);
    }

    /** The breakdown as a file: {@code format} xlsx (the default) or csv. */
    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(
            FigureQuery query, @RequestParam(required = false) String format, Viewer viewer) {
        return exports.export(format, figures.breakdown(scope(query), period(query), viewer));
    }

    private static FigureScope scope(FigureQuery query) {
        return new FigureScope(
                query.site(),
                query.area(),
                query.organisation(),
                choice(Workforce.class, "workforce", query.workforce(), Workforce.ALL));
    }

    private Period period(FigureQuery query) {
        var kind = choice(Period.Kind.class, "period", query.period(), Period.Kind.YTD);
        if (query.month() == null || query.month().isBlank()) {
            return new Period(kind, figures.thisMonth());
        }
        try {
            return new Period(kind, YearMonth.parse(query.month().trim(), MONTH));
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("month", "kpi.rule.month", query.month());
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
