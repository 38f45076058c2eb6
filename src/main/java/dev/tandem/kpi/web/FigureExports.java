package dev.tandem.kpi.web;

import dev.tandem.kpi.figures.Figures.Breakdown;
import dev.tandem.kpi.figures.Figures.FigureSet;
import dev.tandem.shared.web.Spreadsheets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A breakdown of figures as a file: the total, the own staff and contractor subtotals, then each organisation; a
 * contractor's people get the total and their own organisation only, as the breakdown gives them.
 */
@Component
class FigureExports {

    private static final List<String> HEADER = List.of(
            "kpi.export.organisation",
            "kpi.export.hours",
            "kpi.export.averageHeadcount",
            "kpi.export.ltiCases",
            "kpi.figure.ltifr",
            "kpi.export.recordableCases",
            "kpi.figure.trifr",
            "kpi.export.dartCases",
            "kpi.figure.dartRate",
            "kpi.export.daysLost",
            "kpi.figure.severityRate",
            "kpi.figure.fatalities",
            "kpi.figure.firstAidCases",
            "kpi.figure.nearMisses",
            "kpi.export.reportedEvents",
            "kpi.figure.reportingRate",
            "kpi.export.base",
            "kpi.export.ltiCountsFatalities",
            "kpi.export.period");

    private final Spreadsheets spreadsheets;

    FigureExports(Spreadsheets spreadsheets) {
        this.spreadsheets = spreadsheets;
    }

    private record Line(Object name, FigureSet figures) {}

    ResponseEntity<StreamingResponseBody> export(String format, Breakdown breakdown) {
        var lines = new ArrayList<Line>();
        lines.add(new Line(label("kpi.export.total"), breakdown.total()));
        if (breakdown.ownStaff() != null) {
            lines.add(new Line(label("kpi.export.ownStaff"), breakdown.ownStaff()));
            lines.add(new Line(label("kpi.export.contractors"), breakdown.contractors()));
        }
        breakdown.organisations().forEach(row -> lines.add(new Line(row.name(), row.figures())));
        var period = breakdown.period().kind() + " " + breakdown.period().first() + " – "
                + breakdown.period().last();
        var base = breakdown.basis().base();
        var ltiCountsFatalities = breakdown.basis().ltiCountsFatalities();
        return spreadsheets.export(
                format, "figures", HEADER, lines, line -> cells(line, base, ltiCountsFatalities, period));
    }

    private static List<?> cells(Line line, int base, boolean ltiCountsFatalities, String period) {
        var f = line.figures();
        return Arrays.asList(
                line.name(),
                f.hoursWorked(),
                f.averageHeadcount(),
                f.ltifr().count(),
                f.ltifr().value(),
                f.trifr().count(),
                f.trifr().value(),
                f.dartRate().count(),
                f.dartRate().value(),
                f.severityRate().count(),
                f.severityRate().value(),
                f.fatalities().value(),
                f.firstAidCases().value(),
                f.nearMisses().value(),
                f.reportingRate().count(),
                f.reportingRate().value(),
                base,
                ltiCountsFatalities,
                period);
    }

    private static MessageSourceResolvable label(String code) {
        return new DefaultMessageSourceResolvable(code);
    }
}
