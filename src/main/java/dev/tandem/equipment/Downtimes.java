package dev.tandem.equipment;

import static dev.tandem.equipment.dispatch.StateChangeRows.utc;

import dev.tandem.shared.ListQuery;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The downtimes of the plant's machines, for pages, the API and other modules (an investigation refers to a
 * downtime by its id). Everyone signed in reads them: machines are the plant's, not any contractor's.
 */
@Component
@Transactional(readOnly = true)
public class Downtimes {

    private static final String FROM = "downtime d join equipment e on e.id = d.equipment_id";

    private static final String COLUMNS =
            """
            d.id, d.equipment_id, e.code as equipment_code, e.name as equipment_name, e.site_id, e.area_id,
            d.started_at, d.ended_at, d.reason, d.planned, d.note,
            cast(extract(epoch from coalesce(d.ended_at, greatest(:now, d.started_at)) - d.started_at) as bigint)
                as duration_seconds,
            d.withdrawn_at is not null as withdrawn""";

    private static final Map<String, String> SORTABLE = Map.of(
            "started", "d.started_at",
            "duration", "duration_seconds",
            "equipment", "e.code",
            "reason", "d.reason");

    private final JdbcClient jdbc;
    private final Clock clock;

    Downtimes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One downtime, withdrawn or not. */
    public Downtime downtime(UUID id, Viewer viewer) {
        return query()
                .where("d.id = :id", "id", id)
                .page(jdbc, COLUMNS, Downtime.class, Paging.first(1), SORTABLE, "d.started_at")
                .items()
                .stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Downtime", id));
    }

    /** Downtimes as a filter selects them, the latest first unless sorted otherwise. */
    public Page<Downtime> downtimes(DowntimeFilter filter, Paging paging, Viewer viewer) {
        return query().where("d.equipment_id = :equipment", "equipment", filter.equipmentId())
                .where("e.site_id = :site", "site", filter.siteId())
                .where("e.area_id = :area", "area", filter.areaId())
                .where(
                        "d.reason = :reason",
                        "reason",
                        filter.reason() == null ? null : filter.reason().name())
                .where("d.planned = :planned", "planned", filter.planned())
                .where(filter.open() == null ? "true" : filter.open() ? "d.ended_at is null" : "d.ended_at is not null")
                .where("(d.ended_at is null or d.ended_at > :from)", "from", utc(filter.from()))
                .where("d.started_at < :to", "to", utc(filter.to()))
                .leavingOut("d.withdrawn_at", filter.withdrawn())
                .page(jdbc, COLUMNS, Downtime.class, paging, SORTABLE, "d.started_at desc, d.id");
    }

    /** Every list binds the moment open downtimes are measured to. */
    private ListQuery query() {
        return new ListQuery(FROM).param("now", utc(Instant.now(clock)));
    }
}
