package dev.tandem.kpi.figures;

import dev.tandem.kpi.figures.Figures.Basis;
import dev.tandem.kpi.figures.Figures.Count;
import dev.tandem.kpi.figures.Figures.FigureSet;
import dev.tandem.kpi.figures.Figures.Pyramid;
import dev.tandem.kpi.figures.Figures.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What the SQL projections count for one group (a month, an organisation, or all): these add up, the rates made from
 * them do not, so groups are added first and divided last.
 *
 * @param personMonths the sum of the months' average headcounts
 */
record Totals(
        BigDecimal hours,
        BigDecimal personMonths,
        long fatalities,
        long lostTime,
        long restricted,
        long medicalTreatment,
        long firstAid,
        long daysAway,
        long nearMisses,
        long reported) {

    static final Totals NONE = new Totals(BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, 0, 0, 0, 0, 0, 0);

    static final int REPORTING_BASE = 100;

    static Totals hours(BigDecimal hours, BigDecimal personMonths) {
        return new Totals(hours, personMonths, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    static Totals injuries(
            long fatalities, long lostTime, long restricted, long medicalTreatment, long firstAid, long daysAway) {
        return new Totals(
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                fatalities,
                lostTime,
                restricted,
                medicalTreatment,
                firstAid,
                daysAway,
                0,
                0);
    }

    static Totals events(long nearMisses, long reported) {
        return new Totals(BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, 0, 0, 0, 0, nearMisses, reported);
    }

    Totals plus(Totals other) {
        return new Totals(
                hours.add(other.hours),
                personMonths.add(other.personMonths),
                fatalities + other.fatalities,
                lostTime + other.lostTime,
                restricted + other.restricted,
                medicalTreatment + other.medicalTreatment,
                firstAid + other.firstAid,
                daysAway + other.daysAway,
                nearMisses + other.nearMisses,
                reported + other.reported);
    }

    /** @param withHours false for an area, whose hours are not recorded */
    FigureSet figures(Basis basis, int months, boolean withHours) {
        var hoursWorked = withHours ? hours : null;
        var lti = lostTime + (basis.ltiCountsFatalities() ? fatalities : 0);
        var recordable = fatalities + lostTime + restricted + medicalTreatment;
        return new FigureSet(
                hoursWorked,
                personMonths.signum() > 0 && withHours
                        ? personMonths
                                .divide(BigDecimal.valueOf(months), 1, RoundingMode.HALF_UP)
                                .doubleValue()
                        : null,
                rate("kpi.figure.ltifr", lti, hoursWorked, basis.base(), basis.ltiCountsFatalities()),
                rate("kpi.figure.trifr", recordable, hoursWorked, basis.base(), true),
                rate("kpi.figure.dartRate", lostTime + restricted, hoursWorked, basis.base(), false),
                rate("kpi.figure.severityRate", daysAway, hoursWorked, basis.base(), false),
                rate("kpi.figure.reportingRate", reported, withHours ? personMonths : null, REPORTING_BASE, null),
                new Count("kpi.figure.fatalities", fatalities),
                new Count("kpi.figure.firstAidCases", firstAid),
                new Count("kpi.figure.nearMisses", nearMisses));
    }

    Pyramid pyramid() {
        return new Pyramid(
                new Count("kpi.pyramid.fatalities", fatalities),
                new Count("kpi.pyramid.lostTime", lostTime),
                new Count("kpi.pyramid.otherRecordable", restricted + medicalTreatment),
                new Count("kpi.pyramid.firstAid", firstAid),
                new Count("kpi.pyramid.nearMisses", nearMisses));
    }

    private static Rate rate(String label, long count, BigDecimal per, int base, Boolean includesFatalities) {
        var value = per == null || per.signum() == 0
                ? null
                : BigDecimal.valueOf(count)
                        .multiply(BigDecimal.valueOf(base))
                        .divide(per, 2, RoundingMode.HALF_UP)
                        .doubleValue();
        return new Rate(label, count, value, base, includesFatalities);
    }
}
