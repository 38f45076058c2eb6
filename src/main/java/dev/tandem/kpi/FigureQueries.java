package dev.tandem.kpi;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The SQL behind the figures: a few grouped projections over hours, injuries, events and actions, read straight
 * from the tables of the event and action modules. Injuries live only on incidents (the event module refuses them
 * elsewhere), which lets the injury queries walk the small incident index of V10 instead of every event.
 */
@Component
class FigureQueries {

    /**
     * What the counts are grouped by; each source has its own expression for the key. Months of events are told
     * apart by {@code width_bucket} over the month boundaries in the enterprise's zone, computed once here: a time
     * zone conversion of every event costs twice as much as reading it. The boundaries arrive as text and are read
     * into an array once, in a scalar subquery: a cast in the row expression would parse the text again for every
     * event (text to timestamptz[] is not immutable, so PostgreSQL does not fold it), which cost 230 ms a dashboard
     * at 200,000 events (docs/benchmarks.md).
     */
    enum Grouping {
        TOTAL("'all'", "'all'", "'all'"),
        MONTH(
                "to_char(h.month, 'YYYY-MM')",
                "width_bucket(e.occurred_at, (select cast(:months as timestamptz[])))::text",
                "width_bucket(e.occurred_at, (select cast(:months as timestamptz[])))::text"),
        ORGANISATION("h.organisation_id::text", "i.organisation_id::text", "e.organisation_id::text");

        final String hoursKey;
        final String injuryKey;
        final String eventKey;

        Grouping(String hoursKey, String injuryKey, String eventKey) {
            this.hoursKey = hoursKey;
            this.injuryKey = injuryKey;
            this.eventKey = eventKey;
        }
    }

    private final JdbcClient jdbc;

    FigureQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The totals of a scope over the months {@code first} to {@code last}, by group key: hours, injuries and events
     * read in one statement, one round trip.
     */
    Map<String, Totals> totals(FigureScope scope, YearMonth first, YearMonth last, ZoneId zone, Grouping grouping) {
        var months = new ArrayList<String>();
        for (var month = first; !month.isAfter(last.plusMonths(1)); month = month.plusMonths(1)) {
            months.add(month.atDay(1).atStartOfDay(zone).toInstant().toString());
        }
        var injuries = ScopeSql.of(scope, "e.site_id", "e.area_id", "i.organisation_id");
        var events = ScopeSql.of(scope, "e.site_id", "e.area_id", "e.organisation_id");
        var sources = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        if (scope.hasHours()) {
            var hours = ScopeSql.of(scope, "h.site_id", null, "h.organisation_id");
            params.putAll(hours.params());
            sources.add("select 'hours', " + grouping.hoursKey + ","
                    + " coalesce(sum(h.hours), 0), coalesce(sum(h.average_headcount), 0), 0, 0, 0, 0"
                    + " from hours_worked h where h.month between :first and :last" + hours.and()
                    + " group by 2");
        }
        sources.add("select 'injuries', " + grouping.injuryKey + ","
                + " count(*) filter (where i.injury_class = 'FATALITY'),"
                + " count(*) filter (where i.injury_class = 'LOST_TIME'),"
                + " count(*) filter (where i.injury_class = 'RESTRICTED_WORK'),"
                + " count(*) filter (where i.injury_class = 'MEDICAL_TREATMENT'),"
                + " count(*) filter (where i.injury_class = 'FIRST_AID'),"
                + " coalesce(sum(i.days_away), 0)"
                + " from safety_event e join injury i on i.safety_event = e.id"
                + " where e.type = 'INCIDENT' and e.voided_at is null"
                + " and e.occurred_at >= :from and e.occurred_at < :to" + injuries.and()
                + " group by 2");
        // near misses, and every event people report (early warnings come from control systems, not people)
        sources.add("select 'events', " + grouping.eventKey + ","
                + " count(*) filter (where e.type = 'NEAR_MISS'),"
                + " count(*) filter (where e.type <> 'EARLY_WARNING'), 0, 0, 0, 0"
                + " from safety_event e where e.voided_at is null"
                + " and e.occurred_at >= :from and e.occurred_at < :to" + events.and()
                + " group by 2");
        params.putAll(injuries.params());
        params.putAll(events.params());
        var totals = new HashMap<String, Totals>();
        jdbc.sql(String.join(" union all ", sources))
                .params(params)
                .param("first", Date.valueOf(first.atDay(1)))
                .param("last", Date.valueOf(last.atDay(1)))
                .param("from", Timestamp.from(first.atDay(1).atStartOfDay(zone).toInstant()))
                .param(
                        "to",
                        Timestamp.from(
                                last.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()))
                .param("months", "{" + String.join(",", months) + "}")
                .query((rs, row) -> {
                    var source = rs.getString(1);
                    var key = rs.getString(2);
                    if (grouping == Grouping.MONTH && !source.equals("hours")) {
                        key = first.plusMonths(Integer.parseInt(key) - 1).toString();
                    }
                    var counted =
                            switch (source) {
                                case "hours" -> Totals.hours(rs.getBigDecimal(3), rs.getBigDecimal(4));
                                case "injuries" ->
                                    Totals.injuries(
                                            rs.getLong(3),
                                            rs.getLong(4),
                                            rs.getLong(5),
                                            rs.getLong(6),
                                            rs.getLong(7),
                                            rs.getLong(8));
                                default -> Totals.events(rs.getLong(3), rs.getLong(4));
                            };
                    return totals.merge(key, counted, Totals::plus);
                })
                .list();
        return totals;
    }

    /**
     * When the last injury of one of these classes happened in the scope, if ever. For an organisation the few
     * injuries of its people are read; otherwise incidents are walked back from the latest until one had such an
     * injury, which takes a handful of steps where injuries happen at all.
     */
    Optional<Instant> lastInjury(FigureScope scope, Collection<String> classes) {
        List<Timestamp> last;
        if (scope.organisationId() != null) {
            var sql = ScopeSql.of(scope, "e.site_id", "e.area_id", "i.organisation_id");
            last = jdbc.sql("select max(e.occurred_at) from injury i join safety_event e on e.id = i.safety_event"
                            + " where i.injury_class in (:classes) and e.type = 'INCIDENT' and e.voided_at is null"
                            + sql.and())
                    .params(sql.params())
                    .param("classes", classes)
                    .query(Timestamp.class)
                    .list();
        } else {
            var place = ScopeSql.of(
                    new FigureScope(scope.siteId(), scope.areaId(), null, Workforce.ALL),
                    "e.site_id",
                    "e.area_id",
                    null);
            var whose = ScopeSql.of(FigureScope.workforce(scope.workforce()), null, null, "i.organisation_id");
            last = jdbc.sql("select e.occurred_at from safety_event e"
                            + " where e.type = 'INCIDENT' and e.voided_at is null" + place.and()
                            + " and exists (select 1 from injury i where i.safety_event = e.id"
                            + " and i.injury_class in (:classes)" + whose.and() + ")"
                            + " order by e.occurred_at desc limit 1")
                    .params(place.params())
                    .param("classes", classes)
                    .query(Timestamp.class)
                    .list();
        }
        return last.stream().filter(java.util.Objects::nonNull).findFirst().map(Timestamp::toInstant);
    }

    /** From when to when, as instants. */
    record Window(Instant from, Instant to) {}

    /**
     * The actions of one period: open and overdue as of today (the same for every period), those closed within the
     * period and how many of them by their due date, and those raised on violations within it by their status now.
     */
    record ActionCounts(long open, long overdue, long closed, long closedOnTime, Map<String, Long> violations) {}

    /**
     * The actions of each period, in one statement: actions open and overdue today, actions closed within each
     * period (on time: by their due date, in the enterprise's zone), actions raised on violations within each by
     * their status now. Each part walks its partial index of V10 once for all the periods.
     */
    List<ActionCounts> actions(FigureScope scope, List<Window> periods, LocalDate today, ZoneId zone) {
        var sql = ScopeSql.of(scope, "a.site_id", null, "a.responsible_organisation_id");
        var closed = new ArrayList<String>();
        var violations = new ArrayList<String>();
        var pad = new ArrayList<String>();
        for (int n = 0; n < periods.size(); n++) {
            var within = "a.%1$s >= :from" + n + " and a.%1$s < :to" + n;
            closed.add("count(*) filter (where " + within.formatted("done_at") + ")");
            closed.add("count(*) filter (where " + within.formatted("done_at")
                    + " and (a.done_at at time zone :zone)::date <= a.due_date)");
            violations.add("count(*) filter (where " + within.formatted("created_at") + ")");
            violations.add("0");
            pad.add("0");
            pad.add("0");
        }
        var statement = "select 'open', null, count(*), count(*) filter (where a.due_date < :today)"
                + pad.subList(2, pad.size()).stream().map(zero -> ", 0").reduce("", String::concat)
                + " from corrective_action a where a.voided_at is null and a.status in ('OPEN', 'IN_PROGRESS')"
                + sql.and()
                + " union all select 'closed', null, " + String.join(", ", closed)
                + " from corrective_action a where a.voided_at is null and a.status in ('DONE', 'VERIFIED')"
                + " and a.done_at >= :earliest and a.done_at < :latest" + sql.and()
                + " union all select 'violations', a.status, " + String.join(", ", violations)
                + " from corrective_action a where a.voided_at is null and a.source_category = 'VIOLATION'"
                + " and a.created_at >= :earliest and a.created_at < :latest" + sql.and()
                + " group by a.status";
        var query = jdbc.sql(statement)
                .params(sql.params())
                .param("today", Date.valueOf(today))
                .param("zone", zone.getId())
                .param(
                        "earliest",
                        Timestamp.from(periods.stream()
                                .map(Window::from)
                                .min(Instant::compareTo)
                                .orElseThrow()))
                .param(
                        "latest",
                        Timestamp.from(periods.stream()
                                .map(Window::to)
                                .max(Instant::compareTo)
                                .orElseThrow()));
        for (int n = 0; n < periods.size(); n++) {
            query = query.param("from" + n, Timestamp.from(periods.get(n).from()))
                    .param("to" + n, Timestamp.from(periods.get(n).to()));
        }
        long[] open = new long[2];
        var closedCounts = new long[2 * periods.size()];
        var byStatus = new ArrayList<Map<String, Long>>();
        periods.forEach(period -> byStatus.add(new HashMap<>()));
        query.query((rs, row) -> {
                    switch (rs.getString(1)) {
                        case "open" -> {
                            open[0] = rs.getLong(3);
                            open[1] = rs.getLong(4);
                        }
                        case "closed" -> {
                            for (int i = 0; i < closedCounts.length; i++) {
                                closedCounts[i] = rs.getLong(3 + i);
                            }
                        }
                        default -> {
                            for (int n = 0; n < periods.size(); n++) {
                                byStatus.get(n).put(rs.getString(2), rs.getLong(3 + 2 * n));
                            }
                        }
                    }
                    return row;
                })
                .list();
        var counts = new ArrayList<ActionCounts>();
        for (int n = 0; n < periods.size(); n++) {
            counts.add(
                    new ActionCounts(open[0], open[1], closedCounts[2 * n], closedCounts[2 * n + 1], byStatus.get(n)));
        }
        return counts;
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
