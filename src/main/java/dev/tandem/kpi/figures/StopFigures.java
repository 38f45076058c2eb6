package dev.tandem.kpi.figures;

import dev.tandem.organisation.PlantStructure;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.HashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of stop-work authority, as the plants we learn from read a safety culture: how often people stop unsafe
 * work, whether line managers accept the stops and answer them quickly, how long the work waits, and whether stops
 * change the risk register. Read from the stop-work module's published view, which names no initiator. Callers have
 * checked the scope against the viewer, as for every figure.
 */
@Service
@Transactional(readOnly = true)
public class StopFigures {

    /** An answer within this many minutes of the raise on the phone counts as quick. */
    public static final int QUICK_MINUTES = 15;

    private final JdbcClient jdbc;
    private final PlantStructure plant;

    StopFigures(JdbcClient jdbc, PlantStructure plant) {
        this.jdbc = jdbc;
        this.plant = plant;
    }

    /**
     * The stops of a month and of the year to date.
     *
     * @param raisedInMonth stops raised in the month
     * @param per100Workers the month's stops per 100 people who worked there (average headcount of the hours recorded);
     *     null when no headcount is recorded for the scope (an area has none)
     * @param raised stops raised in the year to date; the figures below are shares of these
     * @param accepted stops whose cause line managers removed or compensated for: accepted as justified
     * @param acknowledgedQuickly share of stops acknowledged within {@link #QUICK_MINUTES} minutes of the raise
     * @param medianMinutesToResume the median time from raise to resumption, of the stops resumed; null when none
     * @param riskChanged share of stops whose measures answer to a risk of the register
     * @param open stops whose work is still stopped now
     */
    public record Board(
            long raisedInMonth,
            Double per100Workers,
            long raised,
            long accepted,
            Double acknowledgedQuickly,
            Long medianMinutesToResume,
            Double riskChanged,
            long open) {}

    /** The month's figures and the year's to its end, in the enterprise's time zone. */
    public Board of(FigureScope scope, YearMonth month) {
        var zone = plant.enterprise().zone();
        var stops = ScopeSql.of(scope, "w.site_id", "w.area_id", "w.organisation_id");
        var params = new HashMap<>(stops.params());
        params.put(
                "monthStart", Timestamp.from(month.atDay(1).atStartOfDay(zone).toInstant()));
        params.put(
                "yearStart",
                Timestamp.from(month.withMonth(1).atDay(1).atStartOfDay(zone).toInstant()));
        params.put(
                "end",
                Timestamp.from(month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()));
        params.put("quick", QUICK_MINUTES);
        var board = jdbc.sql(
                        """
                        select count(*) filter (where w.raised_at >= :monthStart) as raised_in_month,
                               count(*) as raised,
                               count(*) filter (where w.resolved_as is not null) as accepted,
                               count(*) filter (where w.acknowledged_at - w.raised_at <= make_interval(mins => :quick))
                                   as quick,
                               (percentile_cont(0.5) within group (
                                   order by extract(epoch from w.resumed_at - w.raised_at) / 60)
                                   filter (where w.resumed_at is not null))::bigint as median_minutes,
                               count(*) filter (where w.risk_linked) as risk_linked,
                               (select count(*) from stop_work_fact o where o.voided_at is null
                                  and o.status not in ('RESUMED', 'JUDGED_UNNECESSARY')%s) as open
                        from stop_work_fact w
                        where w.voided_at is null and w.raised_at >= :yearStart and w.raised_at < :end%s"""
                                .formatted(stops.and().replace("w.", "o."), stops.and()))
                .params(params)
                .query((rs, row) -> {
                    long raised = rs.getLong("raised");
                    return new Board(
                            rs.getLong("raised_in_month"),
                            null,
                            raised,
                            rs.getLong("accepted"),
                            share(rs.getLong("quick"), raised),
                            (Long) rs.getObject("median_minutes", Long.class),
                            share(rs.getLong("risk_linked"), raised),
                            rs.getLong("open"));
                })
                .single();
        return withHeadcount(board, scope, month);
    }

    private Board withHeadcount(Board board, FigureScope scope, YearMonth month) {
        if (!scope.hasHours()) {
            return board;
        }
        var hours = ScopeSql.of(scope, "h.site_id", null, "h.organisation_id");
        var headcount = jdbc.sql(
                        "select coalesce(sum(h.average_headcount), 0) from hours_worked h where h.month = :month"
                                + hours.and())
                .params(hours.params())
                .param("month", month.atDay(1))
                .query(BigDecimal.class)
                .single();
        if (headcount.signum() == 0) {
            return board;
        }
        var per100 = board.raisedInMonth() * 100.0 / headcount.doubleValue();
        return new Board(
                board.raisedInMonth(),
                per100,
                board.raised(),
                board.accepted(),
                board.acknowledgedQuickly(),
                board.medianMinutesToResume(),
                board.riskChanged(),
                board.open());
    }

    private static Double share(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
