package dev.tandem.kpi.figures;

import dev.tandem.kpi.figures.ActionFigures.ActionCounts;
import dev.tandem.kpi.figures.ActionFigures.Window;
import dev.tandem.kpi.figures.FigureQueries.Grouping;
import dev.tandem.kpi.figures.FigureQueries.Read;
import dev.tandem.kpi.figures.FigureQueries.Reading;
import dev.tandem.kpi.figures.Figures.Basis;
import dev.tandem.kpi.figures.Figures.Breakdown;
import dev.tandem.kpi.figures.Figures.Dashboard;
import dev.tandem.kpi.figures.Figures.DaysWithout;
import dev.tandem.kpi.figures.Figures.FigureSet;
import dev.tandem.kpi.figures.Figures.MonthFigures;
import dev.tandem.kpi.figures.Figures.OrganisationFigures;
import dev.tandem.kpi.figures.Figures.Trend;
import dev.tandem.organisation.DaysWithoutTrigger;
import dev.tandem.organisation.Enterprise;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Viewer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The safety figures of DESIGN §5 for dashboards, reports and exports, read with SQL projections. Everyone signed
 * in may read them; a contractor's people read their own organisation's figures and the totals of a site, an area
 * or the enterprise, never another organisation's figures nor the split by workforce.
 */
@Service
@Transactional(readOnly = true)
public class KpiFigures {

    private final FigureQueries queries;
    private final PlantStructure plant;
    private final OrganisationRegister organisations;
    private final Clock clock;

    KpiFigures(FigureQueries queries, PlantStructure plant, OrganisationRegister organisations, Clock clock) {
        this.queries = queries;
        this.plant = plant;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** The month asked for, or else this month. */
    private YearMonth month(Optional<YearMonth> named, Enterprise enterprise) {
        return named.orElseGet(() -> thisMonth(enterprise));
    }

    /** This month in the enterprise's time zone, the latest a period may end with. */
    private YearMonth thisMonth(Enterprise enterprise) {
        return YearMonth.now(clock.withZone(zone(enterprise)));
    }

    /** The figures of a period of this kind ending with the month named (this month when empty). */
    public Figures figures(FigureScope scope, Period.Kind kind, Optional<YearMonth> named, Viewer viewer) {
        var enterprise = plant.enterprise();
        var period = new Period(kind, month(named, enterprise));
        permit(scope, period.last(), viewer, enterprise);
        var read = read(scope, period.first(), period.last(), Grouping.TOTAL, List.of(period), enterprise);
        var totals = read.totals().getOrDefault("all", Totals.NONE);
        return assemble(
                scope,
                period,
                totals,
                enterprise,
                daysWithout(read, enterprise),
                actions(read, scope).get(0));
    }

    /**
     * The figures of hours and injuries declared rather than recorded (a contractor's prequalification questionnaire),
     * by the enterprise's definitions: the same rates, bases and classes as the recorded figures.
     */
    public FigureSet declared(
            java.math.BigDecimal hours, long fatalities, long lostTime, long restricted, long medicalTreatment) {
        return Totals.hours(hours, java.math.BigDecimal.ZERO)
                .plus(Totals.injuries(fatalities, lostTime, restricted, medicalTreatment, 0, 0))
                .figures(Basis.of(plant.enterprise()), 12, true);
    }

    /**
     * What a dashboard shows at once: the figures of the month, the year to date and the rolling twelve months
     * ending with {@code month} (this month when empty), and the trend of those twelve months, all from one pass over
     * them.
     */
    public Dashboard dashboard(FigureScope scope, Optional<YearMonth> named, Viewer viewer) {
        var enterprise = plant.enterprise();
        var month = month(named, enterprise);
        permit(scope, month, viewer, enterprise);
        var periods = List.of(Period.month(month), Period.yearToDate(month), Period.rolling12(month));
        var read = read(scope, month.minusMonths(11), month, Grouping.MONTH, periods, enterprise);
        var byMonth = read.totals();
        var daysWithout = daysWithout(read, enterprise);
        var actions = actions(read, scope);
        var figures = new ArrayList<Figures>();
        for (int n = 0; n < periods.size(); n++) {
            var period = periods.get(n);
            figures.add(assemble(scope, period, sum(byMonth, period), enterprise, daysWithout, actions.get(n)));
        }
        return new Dashboard(
                figures.get(0), figures.get(1), figures.get(2), trend(scope, month, byMonth, Basis.of(enterprise)));
    }

    /**
     * Twelve months ending with {@code named} (this month when empty), oldest first, every month present even when
     * empty.
     */
    public Trend trend(FigureScope scope, Optional<YearMonth> named, Viewer viewer) {
        var enterprise = plant.enterprise();
        var last = month(named, enterprise);
        permit(scope, last, viewer, enterprise);
        var byMonth = queries.totals(scope, last.minusMonths(11), last, zone(enterprise), Grouping.MONTH);
        return trend(scope, last, byMonth, Basis.of(enterprise));
    }

    private static Trend trend(FigureScope scope, YearMonth last, Map<String, Totals> byMonth, Basis basis) {
        var months = new ArrayList<MonthFigures>();
        for (var month = last.minusMonths(11); !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(new MonthFigures(
                    month, byMonth.getOrDefault(month.toString(), Totals.NONE).figures(basis, 1, scope.hasHours())));
        }
        return new Trend(scope, basis, months);
    }

    private static Totals sum(Map<String, Totals> byMonth, Period period) {
        var total = Totals.NONE;
        for (var month = period.first(); !month.isAfter(period.last()); month = month.plusMonths(1)) {
            total = total.plus(byMonth.getOrDefault(month.toString(), Totals.NONE));
        }
        return total;
    }

    private Figures assemble(
            FigureScope scope,
            Period period,
            Totals totals,
            Enterprise enterprise,
            DaysWithout daysWithout,
            ActionCounts actions) {
        var figures = totals.figures(Basis.of(enterprise), period.months(), scope.hasHours());
        var notes = new ArrayList<String>();
        if (!scope.hasHours()) {
            notes.add("kpi.note.areaHasNoHours");
        } else if (figures.hoursWorked().signum() == 0) {
            notes.add("kpi.note.noHours");
        }
        return new Figures(
                scope,
                period,
                period.first(),
                period.last(),
                Basis.of(enterprise),
                figures,
                totals.pyramid(),
                daysWithout,
                actions == null ? null : ActionFigures.actions(actions),
                actions == null ? null : ActionFigures.violations(actions),
                notes);
    }

    /**
     * The figures of each organisation over a period of this kind ending with the month named (this month when
     * empty), with the own staff and contractor subtotals (IOGP's split).
     */
    public Breakdown breakdown(FigureScope scope, Period.Kind kind, Optional<YearMonth> named, Viewer viewer) {
        var enterprise = plant.enterprise();
        var period = new Period(kind, month(named, enterprise));
        permit(scope, period.last(), viewer, enterprise);
        var basis = Basis.of(enterprise);
        var byOrganisation =
                queries.totals(scope, period.first(), period.last(), zone(enterprise), Grouping.ORGANISATION);
        var names = queries.organisationNames();
        var total = Totals.NONE;
        var ownStaff = Totals.NONE;
        var contractors = Totals.NONE;
        var rows = new ArrayList<OrganisationFigures>();
        for (var entry : byOrganisation.entrySet()) {
            var name = names.get(entry.getKey());
            var id = UUID.fromString(entry.getKey());
            total = total.plus(entry.getValue());
            if (name.contractor()) {
                contractors = contractors.plus(entry.getValue());
            } else {
                ownStaff = ownStaff.plus(entry.getValue());
            }
            if (viewer.canSee(id)) {
                rows.add(new OrganisationFigures(
                        id,
                        name.name(),
                        name.contractor(),
                        entry.getValue().figures(basis, period.months(), scope.hasHours())));
            }
        }
        rows.sort(Comparator.comparing(OrganisationFigures::contractor).thenComparing(OrganisationFigures::name));
        var months = period.months();
        return new Breakdown(
                scope,
                period,
                basis,
                total.figures(basis, months, scope.hasHours()),
                viewer.contractor() ? null : ownStaff.figures(basis, months, scope.hasHours()),
                viewer.contractor() ? null : contractors.figures(basis, months, scope.hasHours()),
                rows);
    }

    private DaysWithout daysWithout(Read read, Enterprise enterprise) {
        return daysWithout(read.lastInjury(), enterprise);
    }

    private DaysWithout daysWithout(Optional<Instant> lastInjury, Enterprise enterprise) {
        var trigger = enterprise.daysWithoutTrigger();
        var zone = zone(enterprise);
        var last = lastInjury.map(at -> LocalDate.ofInstant(at, zone));
        var today = LocalDate.now(clock.withZone(zone));
        return new DaysWithout(
                "kpi.figure.daysWithout." + trigger,
                trigger,
                last.map(day -> Math.max(0, ChronoUnit.DAYS.between(day, today)))
                        .orElse(null),
                last.orElse(null));
    }

    static List<String> triggerClasses(DaysWithoutTrigger trigger, boolean ltiCountsFatalities) {
        return switch (trigger) {
            case FATALITY -> List.of("FATALITY");
            case LTI -> ltiCountsFatalities ? List.of("FATALITY", "LOST_TIME") : List.of("LOST_TIME");
            case RECORDABLE -> List.of("FATALITY", "LOST_TIME", "RESTRICTED_WORK", "MEDICAL_TREATMENT");
            case ANY_INJURY -> List.of("FATALITY", "LOST_TIME", "RESTRICTED_WORK", "MEDICAL_TREATMENT", "FIRST_AID");
        };
    }

    /**
     * Reads the totals of the months, the last injury of the trigger classes, and the actions of each period (none
     * for an area, which actions do not name), in one statement.
     */
    private Read read(
            FigureScope scope,
            YearMonth first,
            YearMonth last,
            Grouping grouping,
            List<Period> periods,
            Enterprise enterprise) {
        var zone = zone(enterprise);
        var windows = scope.hasHours()
                ? periods.stream()
                        .map(period -> new Window(
                                start(period.first(), zone), start(period.last().plusMonths(1), zone)))
                        .toList()
                : List.<Window>of();
        var classes = triggerClasses(enterprise.daysWithoutTrigger(), enterprise.ltiCountsFatalities());
        return queries.read(new Reading(scope, first, last, zone, grouping, classes, windows, today(zone)));
    }

    /** The actions of each period read; nulls for an area, whose actions were not read. */
    private static List<ActionCounts> actions(Read read, FigureScope scope) {
        if (scope.hasHours()) {
            return read.actions();
        }
        var none = new ArrayList<ActionCounts>();
        for (int n = 0; n < 3; n++) {
            none.add(null);
        }
        return none;
    }

    /**
     * The scope rule: an organisation must exist and be visible (else 404, so a contractor learns nothing of
     * another); a contractor's people get totals, not the split by workforce; a period does not end in the future.
     * The viewer's own organisation was found current when the viewer signed in for this request.
     */
    private void permit(FigureScope scope, YearMonth last, Viewer viewer, Enterprise enterprise) {
        if (scope.organisationId() != null && !scope.organisationId().equals(viewer.organisationId())) {
            organisations.organisation(scope.organisationId(), viewer);
        }
        if (viewer.contractor() && scope.workforce() != Workforce.ALL) {
            throw new AccessDeniedException("contractors see totals, not the split by workforce");
        }
        if (scope.siteId() != null) {
            plant.site(scope.siteId());
        }
        if (scope.areaId() != null) {
            var area = plant.area(scope.areaId());
            if (scope.siteId() != null && !area.siteId().equals(scope.siteId())) {
                throw new InvalidRequestException("area", "kpi.rule.areaOfSite");
            }
        }
        if (last.isAfter(thisMonth(enterprise))) {
            throw new InvalidRequestException("month", "kpi.rule.futureMonth");
        }
    }

    private LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    private static Instant start(YearMonth month, ZoneId zone) {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }

    private static ZoneId zone(Enterprise enterprise) {
        return ZoneId.of(enterprise.timeZone());
    }
}
