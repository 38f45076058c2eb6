package dev.tandem.stopwork.listing;

import dev.tandem.shared.ListQuery;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import dev.tandem.stopwork.StopWorkStatus;
import dev.tandem.stopwork.access.StopWorkAccess;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of stops as SQL projections, within what the viewer may read. No row names the initiator: a list, an export
 * or a screen is read by people who may not know who stopped the work.
 */
@Component
@Transactional(readOnly = true)
public class StopWorkQueries {

    private static final String FROM =
            """
            stop_work w join site s on s.id = w.site_id
            join area a on a.id = w.area_id
            join organisation o on o.id = w.organisation_id""";

    private static final String COLUMNS =
            """
            w.id, w.status, w.site_id, s.name as site_name, w.area_id, a.name as area_name, w.organisation_id,
            o.name as organisation_name, o.kind = 'CONTRACTOR' as contractor_work, w.work, w.unsafe, w.raised_at,
            w.acknowledged_at, coalesce(w.resumed_at, w.judged_at) as ended_at,
            extract(epoch from coalesce(w.resumed_at, w.judged_at, :now) - w.raised_at)::bigint as stopped_seconds,
            extract(epoch from w.acknowledged_at - w.raised_at)::bigint as acknowledged_after_seconds,
            w.risk_id, w.voided_at is not null as voided""";

    private static final Map<String, String> SORTABLE = Map.of(
            "raised", "w.raised_at",
            "status", "w.status",
            "site", "s.name",
            "area", "a.name",
            "organisation", "o.name");

    /** Open stops first, the longest stopped at the top; then the others, latest first. */
    private static final String OPEN_FIRST =
            """
            (w.status in ('RESUMED', 'JUDGED_UNNECESSARY')),
            case when w.status not in ('RESUMED', 'JUDGED_UNNECESSARY') then w.raised_at end,
            w.raised_at desc, w.id""";

    private static final String ENDED = "w.status in ('RESUMED', 'JUDGED_UNNECESSARY')";

    private final JdbcClient jdbc;
    private final Clock clock;

    StopWorkQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A stop as lists show it.
     *
     * @param contractorWork whether the work stopped is a contractor's
     * @param stoppedSeconds how long the work was (or is, while open) stopped, from its raise on the phone
     */
    public record StopWorkRow(
            UUID id,
            StopWorkStatus status,
            UUID siteId,
            String siteName,
            UUID areaId,
            String areaName,
            UUID organisationId,
            String organisationName,
            boolean contractorWork,
            String work,
            String unsafe,
            Instant raisedAt,
            Instant acknowledgedAt,
            Instant endedAt,
            long stoppedSeconds,
            Long acknowledgedAfterSeconds,
            UUID riskId,
            boolean voided) {

        public boolean open() {
            return status.open();
        }
    }

    /**
     * @param open only the stops whose work is still stopped (true) or only the others (false)
     * @param mine only the stops the viewer raised
     */
    public record StopWorkFilter(
            String q,
            StopWorkStatus status,
            Boolean open,
            UUID siteId,
            UUID areaId,
            UUID organisationId,
            Boolean mine,
            Boolean voided) {

        public static StopWorkFilter none() {
            return new StopWorkFilter(null, null, null, null, null, null, null, null);
        }
    }

    public Page<StopWorkRow> stops(StopWorkFilter filter, Paging paging, Viewer viewer) {
        return query(filter, viewer).page(jdbc, COLUMNS, StopWorkRow.class, paging, SORTABLE, OPEN_FIRST);
    }

    /** The sort fields a client may use, checked before an export starts. */
    public static Map<String, String> sortable() {
        return SORTABLE;
    }

    private ListQuery query(StopWorkFilter filter, Viewer viewer) {
        var open = filter.open() == null ? "true" : filter.open() ? "not " + ENDED : ENDED;
        return StopWorkAccess.readable(new ListQuery(FROM), viewer)
                .param("now", Timestamp.from(Instant.now(clock)))
                .where(
                        "w.status = :status",
                        "status",
                        filter.status() == null ? null : filter.status().name())
                .where(open)
                .where("w.site_id = :site", "site", filter.siteId())
                .where("w.area_id = :area", "area", filter.areaId())
                .where("w.organisation_id = :organisation", "organisation", filter.organisationId())
                .where(mine(filter, viewer))
                .param("mine", viewer.userId())
                .search(filter.q(), "w.work", "w.unsafe")
                .leavingOut("w.voided_at", filter.voided());
    }

    private static String mine(StopWorkFilter filter, Viewer viewer) {
        if (!Boolean.TRUE.equals(filter.mine())) {
            return "true";
        }
        return viewer.userId() == null ? "false" : "w.initiator_user_id = :mine";
    }
}
