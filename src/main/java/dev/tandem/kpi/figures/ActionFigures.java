package dev.tandem.kpi.figures;

import dev.tandem.kpi.figures.FigureQueries.Reading;
import dev.tandem.kpi.figures.Figures.Actions;
import dev.tandem.kpi.figures.Figures.Count;
import dev.tandem.kpi.figures.Figures.ViolationElimination;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Corrective actions as the figures count them: open and overdue today, closed within a period and on time, raised
 * on violations within a period by their status now; the SQL that counts them for several periods at once, and the
 * dashboard's actions and violation elimination panels made from the counts.
 */
final class ActionFigures {

    private ActionFigures() {}

    /** From when to when, as instants. */
    record Window(Instant from, Instant to) {}

    /**
     * The actions of one period: open and overdue as of today (the same for every period), those closed within the
     * period and how many of them by their due date, and those raised on violations within it by their status now.
     */
    record ActionCounts(long open, long overdue, long closed, long closedOnTime, Map<String, Long> violations) {}

    /**
     * Actions open and overdue today, actions closed within each period (on time: by their due date, in the
     * enterprise's zone), actions raised on violations within each by their status now. Each part walks its partial
     * index of V10 once for all the periods; at most three periods.
     */
    static Supplier<List<ActionCounts>> add(FigureStatement statement, Reading reading) {
        var periods = reading.periods();
        var sql = ScopeSql.of(reading.scope(), "a.site_id", null, "a.responsible_organisation_id");
        var closed = new ArrayList<String>();
        var violations = new ArrayList<String>();
        for (int n = 0; n < periods.size(); n++) {
            var within = "a.%1$s >= :from" + n + " and a.%1$s < :to" + n;
            closed.add("count(*) filter (where " + within.formatted("done_at") + ")");
            closed.add("count(*) filter (where " + within.formatted("done_at")
                    + " and action_done_on_time(a.done_at, a.due_date, :zone))");
            violations.add("count(*) filter (where " + within.formatted("created_at") + ")");
            statement
                    .param("from" + n, Timestamp.from(periods.get(n).from()))
                    .param("to" + n, Timestamp.from(periods.get(n).to()));
        }
        statement
                .param("today", Date.valueOf(reading.today()))
                .param("zone", reading.zone().getId())
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
        long[] open = new long[2];
        long[] done = new long[2 * periods.size()];
        var byStatus = new ArrayList<Map<String, Long>>();
        periods.forEach(period -> byStatus.add(new HashMap<>()));
        statement.add(
                "select null::text, count(*),"
                        + " count(*) filter (where action_overdue(a.status, a.voided_at, a.due_date, :today))"
                        // action_pending written out: the partial index of V10 is found by this very predicate
                        + " from corrective_action_fact a where a.voided_at is null and a.status in ('OPEN', 'IN_PROGRESS')"
                        + sql.and(),
                2,
                sql.params(),
                (key, row) -> {
                    open[0] = row.getLong(3);
                    open[1] = row.getLong(4);
                });
        statement.add(
                "select null::text, " + String.join(", ", closed)
                        + " from corrective_action_fact a where a.voided_at is null and a.status in ('DONE', 'VERIFIED')"
                        + " and a.done_at >= :earliest and a.done_at < :latest" + sql.and(),
                closed.size(),
                sql.params(),
                (key, row) -> {
                    for (int i = 0; i < done.length; i++) {
                        done[i] = row.getLong(3 + i);
                    }
                });
        statement.add(
                "select a.status, " + String.join(", ", violations)
                        + " from corrective_action_fact a where a.voided_at is null and a.source_category = 'VIOLATION'"
                        + " and a.created_at >= :earliest and a.created_at < :latest" + sql.and()
                        + " group by a.status",
                violations.size(),
                sql.params(),
                (key, row) -> {
                    for (int n = 0; n < byStatus.size(); n++) {
                        byStatus.get(n).put(key, row.getLong(3 + n));
                    }
                });
        // the counts, once the statement has run
        return () -> {
            var counts = new ArrayList<ActionCounts>();
            for (int n = 0; n < byStatus.size(); n++) {
                counts.add(new ActionCounts(open[0], open[1], done[2 * n], done[2 * n + 1], byStatus.get(n)));
            }
            return counts;
        };
    }

    /** The actions panel of one period. */
    static Actions actions(ActionCounts counts) {
        return new Actions(
                new Count("kpi.figure.openActions", counts.open()),
                new Count("kpi.figure.overdueActions", counts.overdue()),
                new Count("kpi.figure.closedActions", counts.closed()),
                new Count("kpi.figure.closedOnTime", counts.closedOnTime()),
                percent(counts.closedOnTime(), counts.closed()));
    }

    /** The violation elimination panel of one period: the share of violation actions done or verified. */
    static ViolationElimination violations(ActionCounts counts) {
        var byStatus = counts.violations();
        long open = byStatus.getOrDefault("OPEN", 0L);
        long inProgress = byStatus.getOrDefault("IN_PROGRESS", 0L);
        long done = byStatus.getOrDefault("DONE", 0L);
        long verified = byStatus.getOrDefault("VERIFIED", 0L);
        return new ViolationElimination(
                new Count("kpi.figure.violations.open", open),
                new Count("kpi.figure.violations.inProgress", inProgress),
                new Count("kpi.figure.violations.done", done),
                new Count("kpi.figure.violations.verified", verified),
                percent(done + verified, open + inProgress + done + verified));
    }

    private static Double percent(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }
}
