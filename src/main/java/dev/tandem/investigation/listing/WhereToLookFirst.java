package dev.tandem.investigation.listing;

import dev.tandem.equipment.DowntimeFilter;
import dev.tandem.equipment.DowntimeReason;
import dev.tandem.equipment.Downtimes;
import dev.tandem.investigation.RootCauseClass;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where to look first: the few failures that cause most of the losses. Unplanned downtime hours by machine and reason
 * over the months chosen (the downtimes that began in them, read through the equipment module), the largest first
 * with the share they add up to; and the root causes of the investigations opened in those months by class.
 */
@Component
@Transactional(readOnly = true)
public class WhereToLookFirst {

    /** The most downtimes one Pareto reads: the machine's list exports as many. */
    private static final int MOST_DOWNTIMES = Paging.EXPORT_SIZE;

    private final Downtimes downtimes;
    private final PlantStructure plant;
    private final JdbcClient jdbc;

    WhereToLookFirst(Downtimes downtimes, PlantStructure plant, JdbcClient jdbc) {
        this.downtimes = downtimes;
        this.plant = plant;
        this.jdbc = jdbc;
    }

    /** One bar: what it is, how much, and the share of the whole up to and with it. */
    public record Bar(String label, UUID equipmentId, DowntimeReason reason, double value, int share, int cumulative) {}

    public List<Bar> downtimeHours(YearMonth from, YearMonth to, UUID siteId) {
        var zone = ZoneId.of(plant.enterprise().timeZone());
        var start = from.atDay(1).atStartOfDay(zone).toInstant();
        var end = to.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        var filter = new DowntimeFilter(null, siteId, null, null, false, null, start, end, null);
        var hours = new LinkedHashMap<String, Bar>();
        for (var downtime : downtimes
                .downtimes(filter, Paging.first(MOST_DOWNTIMES), Viewer.system())
                .items()) {
            if (downtime.startedAt().isBefore(start) || !downtime.startedAt().isBefore(end)) {
                continue;
            }
            var key = downtime.equipmentId() + ":" + downtime.reason();
            var added = downtime.durationSeconds() / 3600.0;
            hours.merge(
                    key,
                    new Bar(downtime.equipmentCode(), downtime.equipmentId(), downtime.reason(), added, 0, 0),
                    (bar, more) -> new Bar(bar.label(), bar.equipmentId(), bar.reason(), bar.value() + added, 0, 0));
        }
        return shares(new ArrayList<>(hours.values()));
    }

    public List<Bar> rootCauseClasses(YearMonth from, YearMonth to, UUID siteId) {
        var zone = ZoneId.of(plant.enterprise().timeZone());
        var bars = jdbc.sql(
                        """
                        select c.root_class, count(*) as causes from investigation_root_cause c
                        join investigation i on i.id = c.investigation
                        where i.voided_at is null and i.queued_at >= :from and i.queued_at < :to
                          and (cast(:site as uuid) is null or i.site_id = :site)
                        group by c.root_class""")
                .param(
                        "from",
                        java.sql.Timestamp.from(from.atDay(1).atStartOfDay(zone).toInstant()))
                .param(
                        "to",
                        java.sql.Timestamp.from(
                                to.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()))
                .param("site", siteId)
                .query((rs, row) -> new Bar(
                        RootCauseClass.valueOf(rs.getString("root_class")).name(),
                        null,
                        null,
                        rs.getLong("causes"),
                        0,
                        0))
                .list();
        return shares(new ArrayList<>(bars));
    }

    /** The bars, largest first, each with its share of the whole and the share up to and with it. */
    static List<Bar> shares(List<Bar> bars) {
        bars.sort(Comparator.comparingDouble(Bar::value).reversed().thenComparing(Bar::label));
        var total = bars.stream().mapToDouble(Bar::value).sum();
        var sum = 0.0;
        var shared = new ArrayList<Bar>();
        for (var bar : bars) {
            sum += bar.value();
            shared.add(new Bar(
                    bar.label(),
                    bar.equipmentId(),
                    bar.reason(),
                    bar.value(),
                    (int) Math.round(100 * bar.value() / total),
                    (int) Math.round(100 * sum / total)));
        }
        return shared;
    }
}
