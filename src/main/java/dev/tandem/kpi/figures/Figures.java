package dev.tandem.kpi.figures;

import dev.tandem.organisation.DaysWithoutTrigger;
import dev.tandem.organisation.Enterprise;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

/**
 * The safety figures of a scope over a period, as DESIGN §5 defines them. Every figure carries the message key of
 * its label; every rate its base and whether fatalities are among its cases.
 *
 * @param from the first month of the period
 * @param to the last month of the period
 * @param actions corrective actions; null for an area, which actions do not name
 * @param violations actions raised on violations; null for an area
 * @param notes message keys of what the reader should know, such as why there are no rates
 */
public record Figures(
        FigureScope scope,
        Period period,
        YearMonth from,
        YearMonth to,
        Basis basis,
        FigureSet figures,
        Pyramid pyramid,
        DaysWithout daysWithout,
        Actions actions,
        ViolationElimination violations,
        List<String> notes) {

    /**
     * How the enterprise counts.
     *
     * @param base hours in the denominator of frequency rates: 1,000,000 or 200,000
     * @param ltiCountsFatalities whether fatalities count as lost-time injuries (AS 1885.1 does)
     * @param daysWithoutTrigger the injuries that reset the days-without counter
     * @param timeZone the zone whose months the figures count
     */
    public record Basis(int base, boolean ltiCountsFatalities, DaysWithoutTrigger daysWithoutTrigger, String timeZone) {
        static Basis of(Enterprise enterprise) {
            return new Basis(
                    enterprise.frequencyRateBase(),
                    enterprise.ltiCountsFatalities(),
                    enterprise.daysWithoutTrigger(),
                    enterprise.timeZone());
        }
    }

    /**
     * A frequency rate: {@code count × base / hours}, rounded to two decimals.
     *
     * @param count cases; days lost for the severity rate; events for the reporting rate
     * @param value null when there are no hours (or, for the reporting rate, no headcount) to divide by
     * @param base hours for the injury rates; people (per month) for the reporting rate
     * @param includesFatalities whether fatalities are among the cases; null where it does not apply
     */
    public record Rate(String label, long count, Double value, int base, Boolean includesFatalities) {}

    /** A number of cases, events or actions. */
    public record Count(String label, long value) {}

    /**
     * The figures that add up over months and organisations.
     *
     * @param hoursWorked null for an area
     * @param averageHeadcount the average of the months' average headcounts; null when none is recorded
     */
    public record FigureSet(
            BigDecimal hoursWorked,
            Double averageHeadcount,
            Rate ltifr,
            Rate trifr,
            Rate dartRate,
            Rate severityRate,
            Rate reportingRate,
            Count fatalities,
            Count firstAidCases,
            Count nearMisses) {}

    /** The injury pyramid, each level counting its own cases only, so the levels add up. */
    public record Pyramid(
            Count fatalities, Count lostTimeInjuries, Count otherRecordable, Count firstAidCases, Count nearMisses) {}

    /**
     * Days since the last injury of the enterprise's trigger class, counted from the day after it.
     *
     * @param days null when no such injury was ever recorded in the scope
     */
    public record DaysWithout(String label, DaysWithoutTrigger trigger, Long days, LocalDate lastCase) {}

    /**
     * Corrective actions: open and overdue as of today, closed within the period.
     *
     * @param onTimePercent the share of those closed in the period that were closed by their due date
     */
    public record Actions(Count open, Count overdue, Count closed, Count closedOnTime, Double onTimePercent) {}

    /**
     * Actions raised on violations within the period, by their status now.
     *
     * @param eliminatedPercent the share done or verified
     */
    public record ViolationElimination(
            Count open, Count inProgress, Count done, Count verified, Double eliminatedPercent) {}

    /** One month of a trend. */
    public record MonthFigures(YearMonth month, FigureSet figures) {}

    /** The last twelve months, oldest first, for charts. */
    public record Trend(FigureScope scope, Basis basis, List<MonthFigures> months) {}

    /** A dashboard's figures, all ending with the same month. */
    public record Dashboard(Figures month, Figures yearToDate, Figures rolling12, Trend trend) {}

    /** One organisation's figures in a breakdown. */
    public record OrganisationFigures(UUID organisationId, String name, boolean contractor, FigureSet figures) {}

    /**
     * Figures split as IOGP reports them. A contractor's people see the total and their own organisation only.
     *
     * @param ownStaff null for a contractor's people
     * @param contractors null for a contractor's people
     */
    public record Breakdown(
            FigureScope scope,
            Period period,
            Basis basis,
            FigureSet total,
            FigureSet ownStaff,
            FigureSet contractors,
            List<OrganisationFigures> organisations) {}
}
