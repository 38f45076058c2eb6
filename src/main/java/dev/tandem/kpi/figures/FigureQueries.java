package dev.tandem.kpi.figures;

import dev.tandem.kpi.figures.ActionFigures.ActionCounts;
import dev.tandem.kpi.figures.ActionFigures.Window;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL behind the figures: a few grouped projections over hours, injuries, events and actions, read straight
 * from the tables of the event and action modules, all that one request needs sent as one statement
 * ({@link FigureStatement}). Injuries live only on incidents (the event module refuses them elsewhere), which lets
 * the injury queries walk the small incident index of V10 instead of every event.
 */
@Component
class FigureQueries {

    /**
     * What the counts are grouped by; hours have their own expression for the key. Months of the events people report
     * (some 265,000 a year at enterprise scale) are counted one month at a time, a range scan of the month's index
     * entries for each month boundary in the enterprise's zone: that reads what one pass over the twelve months reads,
     * but spares every event the {@code width_bucket} and hashing of its month, half the cost of the pass
     * (docs/benchmarks.md). The few incidents are told apart by {@code width_bucket} in one pass. The boundaries arrive
     * as text and are read into an array once (in FROM, or in a scalar subquery): in a row expression the text would
     * be parsed again for every event (text to timestamptz[] is not immutable, so PostgreSQL does not fold it).
     */
    enum Grouping {
        TOTAL("'all'", "1"),
        MONTH("to_char(h.month, 'YYYY-MM')", "h.month"),
        ORGANISATION("h.organisation_id::text", "h.organisation_id");

        final String hoursKey;
        /** What hours are grouped by: the column itself, formatted once per group rather than once per row. */
        final String hoursGroup;

        Grouping(String hoursKey, String hoursGroup) {
            this.hoursKey = hoursKey;
            this.hoursGroup = hoursGroup;
        }
    }

    /** The months of a reading, one row each: their number from 1, where each starts and where it ends. */
    private static final String MONTHS = "(select b.at as from_at, lead(b.at) over (order by b.n) as to_at, b.n"
            + " from unnest(cast(:months as timestamptz[])) with ordinality as b(at, n)) m";

    private final JdbcClient jdbc;

    FigureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What to read for figures.
     *
     * @param grouping how the totals of hours, injuries and events are grouped
     * @param lastInjuryClasses the injury classes "days without" looks for; null when it is not asked for
     * @param periods the periods whose actions are counted; none when actions are not asked for
     */
    record Reading(
            FigureScope scope,
            YearMonth first,
            YearMonth last,
            ZoneId zone,
            Grouping grouping,
            Collection<String> lastInjuryClasses,
            List<Window> periods,
            LocalDate today) {}

    /** What was read: totals by group key, the last injury of the trigger classes, the actions of each period. */
    record Read(Map<String, Totals> totals, Optional<Instant> lastInjury, List<ActionCounts> actions) {}

    /** Reads everything asked for in one statement, one round trip. */
    Read read(Reading reading) {
        var statement = new FigureStatement();
        var totals = new HashMap<String, Totals>();
        totals(statement, reading, totals);
        Instant[] last = {null};
        if (reading.lastInjuryClasses() != null) {
            lastInjury(statement, reading.scope(), reading.lastInjuryClasses(), at -> last[0] = at);
        }
        Supplier<List<ActionCounts>> actions =
                reading.periods().isEmpty() ? List::of : ActionFigures.add(statement, reading);
        statement.run(jdbc);
        return new Read(totals, Optional.ofNullable(last[0]), actions.get());
    }

    /** The totals of a scope over the months {@code first} to {@code last}, by group key. */
    Map<String, Totals> totals(FigureScope scope, YearMonth first, YearMonth last, ZoneId zone, Grouping grouping) {
        return read(new Reading(scope, first, last, zone, grouping, null, List.of(), null))
                .totals();
    }

    /** Hours, injuries and events of the months, grouped, as three parts. */
    private static void totals(FigureStatement statement, Reading reading, Map<String, Totals> totals) {
        var scope = reading.scope();
        var grouping = reading.grouping();
        var first = reading.first();
        var months = new ArrayList<String>();
        for (var month = first; !month.isAfter(reading.last().plusMonths(1)); month = month.plusMonths(1)) {
            months.add(start(month, reading.zone()).toString());
        }
        statement
                .param("first", Date.valueOf(first.atDay(1)))
                .param("last", Date.valueOf(reading.last().atDay(1)))
                .param("from", Timestamp.from(start(first, reading.zone())))
                .param("to", Timestamp.from(start(reading.last().plusMonths(1), reading.zone())))
                .param("months", "{" + String.join(",", months) + "}");
        if (scope.hasHours()) {
            var hours = ScopeSql.of(scope, "h.site_id", null, "h.organisation_id");
            statement.add(
                    "select " + grouping.hoursKey + ", coalesce(sum(h.hours), 0), coalesce(sum(h.average_headcount), 0)"
                            + " from hours_worked h where h.month between :first and :last" + hours.and()
                            + " group by " + grouping.hoursGroup,
                    2,
                    hours.params(),
                    (key, row) ->
                            totals.merge(key, Totals.hours(row.getBigDecimal(3), row.getBigDecimal(4)), Totals::plus));
        }
        var injuries = ScopeSql.of(scope, "e.site_id", "e.area_id", "i.organisation_id");
        // A site's or an area's incidents are few: their injuries are looked up one by one (OFFSET 0 keeps PostgreSQL
        // from turning that into a hash join over every injury ever recorded, its choice with default cost settings).
        // The enterprise's are many, and an organisation's injuries are found by their own index: a plain join.
        var injured = scope.siteId() != null || scope.areaId() != null
                ? "from safety_event_fact e cross join lateral (select i.injury_class, i.days_away, i.organisation_id"
                        + " from injury_fact i where i.safety_event = e.id offset 0) i"
                : "from safety_event_fact e join injury_fact i on i.safety_event = e.id";
        statement.add(
                grouped(
                        grouping,
                        false,
                        "i.organisation_id",
                        "count(*) filter (where i.injury_class = 'FATALITY'),"
                                + " count(*) filter (where i.injury_class = 'LOST_TIME'),"
                                + " count(*) filter (where i.injury_class = 'RESTRICTED_WORK'),"
                                + " count(*) filter (where i.injury_class = 'MEDICAL_TREATMENT'),"
                                + " count(*) filter (where i.injury_class = 'FIRST_AID'),"
                                + " coalesce(sum(i.days_away), 0)",
                        injured + " where e.type = 'INCIDENT' and e.voided_at is null" + injuries.and()),
                6,
                injuries.params(),
                (key, row) -> totals.merge(
                        monthOf(key, grouping, first),
                        Totals.injuries(
                                row.getLong(3),
                                row.getLong(4),
                                row.getLong(5),
                                row.getLong(6),
                                row.getLong(7),
                                row.getLong(8)),
                        Totals::plus));
        // near misses, and every event people report (early warnings come from control systems, not people)
        var events = ScopeSql.of(scope, "e.site_id", "e.area_id", "e.organisation_id");
        statement.add(
                grouped(
                        grouping,
                        true,
                        "e.organisation_id",
                        "count(*) filter (where e.type = 'NEAR_MISS'), count(*) filter (where e.type <> 'EARLY_WARNING')",
                        "from safety_event_fact e where e.voided_at is null" + events.and()),
                2,
                events.params(),
                (key, row) -> totals.merge(
                        monthOf(key, grouping, first), Totals.events(row.getLong(3), row.getLong(4)), Totals::plus));
    }

    /**
     * Counts of events over the reading's months: one pass for all of them, grouped by organisation, by month or in
     * total; or month by month, for the many events people report.
     *
     * @param monthByMonth whether months are counted one range at a time rather than told apart in one pass
     * @param from the FROM and WHERE clauses, without the time range
     */
    private static String grouped(
            Grouping grouping, boolean monthByMonth, String organisationKey, String counts, String from) {
        return switch (grouping) {
            case MONTH ->
                monthByMonth
                        ? "select m.n::text, c.* from " + MONTHS + " cross join lateral (select " + counts + " " + from
                                + " and e.occurred_at >= m.from_at and e.occurred_at < m.to_at) c"
                                + " where m.to_at is not null"
                        : "select width_bucket(e.occurred_at, (select cast(:months as timestamptz[])))::text, " + counts
                                + " " + from + " and e.occurred_at >= :from and e.occurred_at < :to group by 1";
            case ORGANISATION ->
                "select " + organisationKey + "::text, " + counts + " " + from
                        + " and e.occurred_at >= :from and e.occurred_at < :to group by 1";
            case TOTAL ->
                "select 'all', " + counts + " " + from + " and e.occurred_at >= :from and e.occurred_at < :to";
        };
    }

    /** Months of events are numbered from 1 for the first. */
    private static String monthOf(String key, Grouping grouping, YearMonth first) {
        return grouping == Grouping.MONTH
                ? first.plusMonths(Integer.parseInt(key) - 1).toString()
                : key;
    }

    /**
     * When the last injury of one of these classes happened in the scope, if ever. For an organisation the few
     * injuries of its people are read; otherwise incidents are walked back from the latest until one had such an
     * injury, which takes a handful of steps where injuries happen at all.
     */
    private static void lastInjury(
            FigureStatement statement, FigureScope scope, Collection<String> classes, Consumer<Instant> found) {
        String select;
        Map<String, Object> params;
        if (scope.organisationId() != null) {
            var sql = ScopeSql.of(scope, "e.site_id", "e.area_id", "i.organisation_id");
            select = "select max(e.occurred_at) from injury_fact i join safety_event_fact e on e.id = i.safety_event"
                    + " where i.injury_class in (:classes) and e.type = 'INCIDENT' and e.voided_at is null"
                    + sql.and();
            params = sql.params();
        } else {
            var place = ScopeSql.of(
                    new FigureScope(scope.siteId(), scope.areaId(), null, Workforce.ALL),
                    "e.site_id",
                    "e.area_id",
                    null);
            var whose = ScopeSql.of(FigureScope.workforce(scope.workforce()), null, null, "i.organisation_id");
            select = "select e.occurred_at from safety_event_fact e"
                    + " where e.type = 'INCIDENT' and e.voided_at is null" + place.and()
                    + " and exists (select 1 from injury_fact i where i.safety_event = e.id"
                    + " and i.injury_class in (:classes)" + whose.and() + ")"
                    + " order by e.occurred_at desc limit 1";
            params = place.params();
        }
        statement.param("classes", classes);
        // the time travels as microseconds since the epoch, a number like every other part's
        statement.add(
                "select null::text, (extract(epoch from (" + select + ")) * 1000000)::bigint",
                1,
                params,
                (key, row) -> {
                    long micros = row.getLong(3);
                    if (!row.wasNull()) {
                        found.accept(Instant.EPOCH.plus(micros, ChronoUnit.MICROS));
                    }
                });
    }

    private static Instant start(YearMonth month, ZoneId zone) {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }

    record OrganisationName(String name, boolean contractor) {}

    /** The names of organisations, by id as text: a plant has hundreds, so all of them are read at once. */
    Map<String, OrganisationName> organisationNames() {
        var names = new HashMap<String, OrganisationName>();
        jdbc.sql("select id::text as id, name, kind = 'CONTRACTOR' as contractor from organisation")
                .query((rs, row) -> names.put(
                        rs.getString("id"), new OrganisationName(rs.getString("name"), rs.getBoolean("contractor"))))
                .list();
        return names;
    }
}
