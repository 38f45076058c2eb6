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
     * zone conversion of every event costs twice as much as reading it.
     */
    enum Grouping {
        TOTAL("'all'", "'all'", "'all'"),
        MONTH(
                "to_char(h.month, 'YYYY-MM')",
                "width_bucket(e.occurred_at, cast(:months as timestamptz[]))::text",
                "width_bucket(e.occurred_at, cast(:months as timestamptz[]))::text"),
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

    /** The totals of a scope over the months {@code first} to {@code last}, by group key. */
    Map<String, Totals> totals(FigureScope scope, YearMonth first, YearMonth last, ZoneId zone, Grouping grouping) {
        var totals = new HashMap<String, Totals>();
        if (scope.hasHours()) {
            hours(scope, first, last, grouping).forEach((key, value) -> totals.merge(key, value, Totals::plus));
        }
        var months = new ArrayList<String>();
        for (var month = first; !month.isAfter(last.plusMonths(1)); month = month.plusMonths(1)) {
            months.add(month.atDay(1).atStartOfDay(zone).toInstant().toString());
        }
        var range = new Range(
                Timestamp.from(first.atDay(1).atStartOfDay(zone).toInstant()),
                Timestamp.from(last.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()),
                "{" + String.join(",", months) + "}");
        var monthOfBucket = grouping == Grouping.MONTH
                ? (java.util.function.UnaryOperator<String>)
                        bucket -> first.plusMonths(Integer.parseInt(bucket) - 1).toString()
                : java.util.function.UnaryOperator.<String>identity();
        injuries(scope, range, grouping)
                .forEach((key, value) -> totals.merge(monthOfBucket.apply(key), value, Totals::plus));
        events(scope, range, grouping)
                .forEach((key, value) -> totals.merge(monthOfBucket.apply(key), value, Totals::plus));
        return totals;
    }

    /** A period as instants, and its month boundaries as a PostgreSQL array literal. */
    private record Range(Timestamp from, Timestamp to, String months) {}

    private Map<String, Totals> hours(FigureScope scope, YearMonth first, YearMonth last, Grouping grouping) {
        var sql = ScopeSql.of(scope, "h.site_id", null, "h.organisation_id");
        var totals = new HashMap<String, Totals>();
        jdbc.sql("select " + grouping.hoursKey + " as key, coalesce(sum(h.hours), 0) as hours,"
                        + " coalesce(sum(h.average_headcount), 0) as person_months"
                        + " from hours_worked h where h.month between :first and :last" + sql.and()
                        + " group by 1")
                .params(sql.params())
                .param("first", Date.valueOf(first.atDay(1)))
                .param("last", Date.valueOf(last.atDay(1)))
                .query((rs, row) -> totals.put(
                        rs.getString("key"),
                        Totals.hours(rs.getBigDecimal("hours"), rs.getBigDecimal("person_months"))))
                .list();
        return totals;
    }

    private Map<String, Totals> injuries(FigureScope scope, Range range, Grouping grouping) {
        var sql = ScopeSql.of(scope, "e.site_id", "e.area_id", "i.organisation_id");
        var totals = new HashMap<String, Totals>();
        jdbc.sql("select " + grouping.injuryKey + " as key,"
                        + " count(*) filter (where i.injury_class = 'FATALITY') as fatalities,"
                        + " count(*) filter (where i.injury_class = 'LOST_TIME') as lost_time,"
                        + " count(*) filter (where i.injury_class = 'RESTRICTED_WORK') as restricted,"
                        + " count(*) filter (where i.injury_class = 'MEDICAL_TREATMENT') as medical,"
                        + " count(*) filter (where i.injury_class = 'FIRST_AID') as first_aid,"
                        + " coalesce(sum(i.days_away), 0) as days_away"
                        + " from safety_event e join injury i on i.safety_event = e.id"
                        + " where e.type = 'INCIDENT' and e.voided_at is null"
                        + " and e.occurred_at >= :from and e.occurred_at < :to" + sql.and()
                        + " group by 1")
                .params(sql.params())
                .param("from", range.from())
                .param("to", range.to())
                .param("months", range.months())
                .query((rs, row) -> totals.put(
                        rs.getString("key"),
                        Totals.injuries(
                                rs.getLong("fatalities"),
                                rs.getLong("lost_time"),
                                rs.getLong("restricted"),
                                rs.getLong("medical"),
                                rs.getLong("first_aid"),
                                rs.getLong("days_away"))))
                .list();
        return totals;
    }

    /** Near misses, and every event people report (early warnings come from control systems, not people). */
    private Map<String, Totals> events(FigureScope scope, Range range, Grouping grouping) {
        var sql = ScopeSql.of(scope, "e.site_id", "e.area_id", "e.organisation_id");
        var totals = new HashMap<String, Totals>();
        jdbc.sql("select " + grouping.eventKey + " as key,"
                        + " count(*) filter (where e.type = 'NEAR_MISS') as near_misses,"
                        + " count(*) filter (where e.type <> 'EARLY_WARNING') as reported"
                        + " from safety_event e where e.voided_at is null"
                        + " and e.occurred_at >= :from and e.occurred_at < :to" + sql.and()
                        + " group by 1")
                .params(sql.params())
                .param("from", range.from())
                .param("to", range.to())
                .param("months", range.months())
                .query((rs, row) -> totals.put(
                        rs.getString("key"), Totals.events(rs.getLong("near_misses"), rs.getLong("reported"))))
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

    record ActionCounts(long open, long overdue, long closed, long closedOnTime) {}

    /** Actions open and overdue today, and those closed within the period (on time: by their due date). */
    ActionCounts actions(FigureScope scope, Instant from, Instant to, LocalDate today, ZoneId zone) {
        var sql = ScopeSql.of(scope, "a.site_id", null, "a.responsible_organisation_id");
        var open = jdbc.sql("select count(*) as open, count(*) filter (where a.due_date < :today) as overdue"
                        + " from corrective_action a where a.voided_at is null"
                        + " and a.status in ('OPEN', 'IN_PROGRESS')" + sql.and())
                .params(sql.params())
                .param("today", Date.valueOf(today))
                .query((rs, row) -> new long[] {rs.getLong("open"), rs.getLong("overdue")})
                .single();
        var closed = jdbc.sql("select count(*) as closed,"
                        + " count(*) filter (where (a.done_at at time zone :zone)::date <= a.due_date) as on_time"
                        + " from corrective_action a where a.voided_at is null"
                        + " and a.status in ('DONE', 'VERIFIED') and a.done_at >= :from and a.done_at < :to"
                        + sql.and())
                .params(sql.params())
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .param("zone", zone.getId())
                .query((rs, row) -> new long[] {rs.getLong("closed"), rs.getLong("on_time")})
                .single();
        return new ActionCounts(open[0], open[1], closed[0], closed[1]);
    }

    /** Actions raised on violations within the period, counted by their status now. */
    Map<String, Long> violationActions(FigureScope scope, Instant from, Instant to) {
        var sql = ScopeSql.of(scope, "a.site_id", null, "a.responsible_organisation_id");
        var byStatus = new HashMap<String, Long>();
        jdbc.sql("select a.status, count(*) as n from corrective_action a"
                        + " where a.voided_at is null and a.source_category = 'VIOLATION'"
                        + " and a.created_at >= :from and a.created_at < :to" + sql.and()
                        + " group by a.status")
                .params(sql.params())
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, row) -> byStatus.put(rs.getString("status"), rs.getLong("n")))
                .list();
        return byStatus;
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
