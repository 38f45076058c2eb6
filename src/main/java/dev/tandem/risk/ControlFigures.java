package dev.tandem.risk;

import dev.tandem.shared.InvalidRequestException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The share of critical controls verified on time, per site and quarter: the figure the directors' KPIs read.
 *
 * <p>On time is counted per due verification. A critical control's first verification falls due one cadence after
 * the control was added; each next one falls due one cadence after the verification that met the one before (its
 * latest one if several), or, when none did, one cadence after the missed due date, so that a weekly check forgotten
 * for a month misses four due dates. A due date is <b>met</b> when a verification (passed or failed: the figure is
 * about checking) was made after the previous due point and no later than the due date. A site's figure for a
 * quarter is the due dates met among the due dates that fall in the quarter (its months in the site's time zone) and
 * have passed by now. A control counts from when it was added until it or its risk is voided, with its current
 * cadence; a quarter without due dates has no figure.
 */
@Component
@Transactional(readOnly = true)
public class ControlFigures {

    private final JdbcClient jdbc;
    private final Clock clock;

    ControlFigures(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The figure of one site and quarter.
     *
     * @param due the due verifications that fell in the quarter by now
     * @param onTime those met by their due date
     */
    public record OnTimeShare(UUID siteId, String siteName, int year, int quarter, int due, int onTime) {

        /** The share met on time, 0 to 1; {@code null} when nothing fell due. */
        public Double share() {
            return due == 0 ? null : (double) onTime / due;
        }

        /** The share in whole percent, rounded down so that 99.6 % never shows as 100; {@code null} as above. */
        public Integer percent() {
            return due == 0 ? null : (int) ((100L * onTime) / due);
        }
    }

    /** The quarter (1 to 4) that {@code day} lies in. */
    public static int quarterOf(LocalDate day) {
        return (day.getMonthValue() - 1) / 3 + 1;
    }

    /** The figure of every current site for the quarter, by site name. */
    public List<OnTimeShare> onTime(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new InvalidRequestException("quarter", "rule.quarter");
        }
        if (year < 2000 || year > 2100) {
            throw new InvalidRequestException("year", "rule.year");
        }
        var now = Instant.now(clock);
        var sites = jdbc.sql("select id, name, time_zone from site where voided_at is null order by name, id")
                .query((rs, row) -> new SiteZone(
                        rs.getObject("id", UUID.class), rs.getString("name"), ZoneId.of(rs.getString("time_zone"))))
                .list();
        var checks = verificationTimes();
        var counts = new HashMap<UUID, int[]>();
        for (var control : criticalControls()) {
            var site =
                    sites.stream().filter(s -> s.id().equals(control.siteId())).findFirst();
            if (site.isEmpty()) {
                continue;
            }
            var start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1)
                    .atStartOfDay(site.get().zone())
                    .toInstant();
            var end = LocalDate.of(year, (quarter - 1) * 3 + 1, 1)
                    .plusMonths(3)
                    .atStartOfDay(site.get().zone())
                    .toInstant();
            var tally = counts.computeIfAbsent(control.siteId(), id -> new int[2]);
            count(control, checks.getOrDefault(control.id(), List.of()), start, end, now, tally);
        }
        var shares = new ArrayList<OnTimeShare>();
        for (var site : sites) {
            var tally = counts.getOrDefault(site.id(), new int[2]);
            shares.add(new OnTimeShare(site.id(), site.name(), year, quarter, tally[0], tally[1]));
        }
        return shares;
    }

    /** Walks the control's due dates from its creation, counting those from start until end: the due ones, the met ones. */
    static void count(
            CriticalControl control, List<Instant> verified, Instant start, Instant end, Instant now, int[] tally) {
        var cadence = Duration.ofDays(control.cadenceDays());
        var anchor = control.createdAt();
        int next = 0;
        while (true) {
            var due = anchor.plus(cadence);
            if (!due.isBefore(end)
                    || due.isAfter(now)
                    || (control.endedAt() != null && !due.isBefore(control.endedAt()))) {
                return;
            }
            Instant met = null;
            while (next < verified.size() && !verified.get(next).isAfter(due)) {
                if (verified.get(next).isAfter(anchor)) {
                    met = verified.get(next);
                }
                next++;
            }
            if (!due.isBefore(start)) {
                tally[0]++;
                tally[1] += met == null ? 0 : 1;
            }
            anchor = met == null ? due : met;
        }
    }

    private List<CriticalControl> criticalControls() {
        return jdbc.sql(
                        """
                        select c.id, r.site_id, c.cadence_days, c.created_at,
                               case when c.voided_at is null then r.voided_at
                                    when r.voided_at is null then c.voided_at
                                    else least(c.voided_at, r.voided_at) end as ended_at
                        from risk_control c join risk_entry r on r.id = c.risk_id
                        where c.critical""")
                .query((rs, row) -> new CriticalControl(
                        rs.getObject("id", UUID.class),
                        rs.getObject("site_id", UUID.class),
                        rs.getInt("cadence_days"),
                        rs.getTimestamp("created_at").toInstant(),
                        instant(rs.getTimestamp("ended_at"))))
                .list();
    }

    /** The times of every verification of critical controls, oldest first, by control. */
    private Map<UUID, List<Instant>> verificationTimes() {
        var times = new HashMap<UUID, List<Instant>>();
        jdbc.sql(
                        """
                        select v.risk_control, v.verified_at from control_verification v
                        join risk_control c on c.id = v.risk_control
                        where c.critical order by v.risk_control, v.verified_at""")
                .query(rs -> {
                    times.computeIfAbsent(rs.getObject("risk_control", UUID.class), id -> new ArrayList<>())
                            .add(rs.getTimestamp("verified_at").toInstant());
                });
        return times;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private record SiteZone(UUID id, String name, ZoneId zone) {}

    /** @param endedAt when it or its risk was voided, or {@code null} */
    record CriticalControl(UUID id, UUID siteId, int cadenceDays, Instant createdAt, Instant endedAt) {}
}
