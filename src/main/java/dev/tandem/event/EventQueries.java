package dev.tandem.event;

import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.ListQuery;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lists of safety events as SQL projections, within what the viewer may read. */
@Component
@Transactional(readOnly = true)
public class EventQueries {

    private static final String FROM =
            """
            safety_event e join site s on s.id = e.site_id
            left join area a on a.id = e.area_id
            join organisation o on o.id = e.organisation_id""";

    private static final String COLUMNS =
            """
            e.id, e.type, e.status, e.occurred_at, e.reported_at, e.site_id, s.name as site_name,
            a.name as area_name, e.organisation_id, o.name as organisation_name, e.description,
            e.sif_potential, e.deliberate,
            (select count(*) from injury i where i.safety_event = e.id) as injuries,
            (select i.injury_class from injury i where i.safety_event = e.id
             order by array_position(array['FATALITY', 'LOST_TIME', 'RESTRICTED_WORK', 'MEDICAL_TREATMENT'],
                                     i.injury_class) nulls last limit 1) as worst_injury,
            e.voided_at is not null as voided""";

    private static final Map<String, String> SORTABLE = Map.of(
            "occurred", "e.occurred_at",
            "reported", "e.reported_at",
            "type", "e.type",
            "status", "e.status",
            "site", "s.name",
            "organisation", "o.name");

    /** As many of a machine's open early warnings as its page lists. */
    private static final int MACHINE_WARNINGS = 5;

    private final JdbcClient jdbc;
    private final PlantStructure plant;

    EventQueries(JdbcClient jdbc, PlantStructure plant) {
        this.jdbc = jdbc;
        this.plant = plant;
    }

    public record EventRow(
            UUID id,
            EventType type,
            EventStatus status,
            Instant occurredAt,
            Instant reportedAt,
            UUID siteId,
            String siteName,
            String areaName,
            UUID organisationId,
            String organisationName,
            String description,
            boolean sifPotential,
            boolean deliberate,
            int injuries,
            String worstInjury,
            boolean voided) {}

    /**
     * @param from the first day (in the enterprise's time zone) of the period asked for
     * @param to the last day, inclusive
     * @param mine only the viewer's own reports
     */
    public record EventFilter(
            String q,
            EventType type,
            EventStatus status,
            UUID siteId,
            UUID areaId,
            UUID organisationId,
            LocalDate from,
            LocalDate to,
            Boolean sif,
            Boolean mine,
            Boolean voided) {

        /** Every event in one status. */
        public static EventFilter inStatus(EventStatus status) {
            return new EventFilter(null, null, status, null, null, null, null, null, null, null, null);
        }

        /** One organisation's events since a day. */
        public static EventFilter ofOrganisationSince(UUID organisationId, LocalDate from) {
            return new EventFilter(null, null, null, null, null, organisationId, from, null, null, null, null);
        }

        /** Every event on one site since a day. */
        public static EventFilter onSiteSince(UUID siteId, LocalDate from) {
            return new EventFilter(null, null, null, siteId, null, null, from, null, null, null, null);
        }

        /** What the viewer reported, voided reports too: that a report was voided is also what became of it. */
        public static EventFilter reportedByViewer() {
            return new EventFilter(null, null, null, null, null, null, null, null, null, true, true);
        }
    }

    public Page<EventRow> events(EventFilter filter, Paging paging, Viewer viewer) {
        var zone = plant.enterprise().zone();
        // the joins only add names (each event has its site and organisation; an area or none): the total is counted
        // over the events alone, which at a plant's scale was most of a page's time
        var query = EventAccess.readable(new ListQuery(FROM).countedFrom("safety_event e"), viewer)
                .where(
                        "e.type = :type",
                        "type",
                        filter.type() == null ? null : filter.type().name())
                .where(
                        "e.status = :status",
                        "status",
                        filter.status() == null ? null : filter.status().name())
                .where("e.site_id = :site", "site", filter.siteId())
                .where("e.area_id = :area", "area", filter.areaId())
                .where("e.organisation_id = :organisation", "organisation", filter.organisationId())
                .where("e.occurred_at >= :from", "from", startOf(filter.from(), zone))
                .where(
                        "e.occurred_at < :to",
                        "to",
                        startOf(filter.to() == null ? null : filter.to().plusDays(1), zone))
                .where(Boolean.TRUE.equals(filter.sif()) ? "e.sif_potential" : "true")
                .where(Boolean.TRUE.equals(filter.mine()) ? "e.reporter_id = :mine" : "true", "mine", viewer.userId())
                .search(filter.q(), "e.description")
                .leavingOut("e.voided_at", filter.voided());
        return query.page(jdbc, COLUMNS, EventRow.class, paging, SORTABLE, "e.occurred_at desc, e.id");
    }

    /** The early warnings of one machine that nobody has closed yet, latest first, as far as the viewer reads. */
    public Page<EventRow> openEarlyWarnings(UUID equipmentId, Viewer viewer) {
        return EventAccess.readable(new ListQuery(FROM), viewer)
                .where("e.type = 'EARLY_WARNING'")
                .where("e.status <> 'CLOSED'")
                .where("e.voided_at is null")
                .where("e.equipment_id = :equipment", "equipment", equipmentId)
                .page(
                        jdbc,
                        COLUMNS,
                        EventRow.class,
                        Paging.first(MACHINE_WARNINGS),
                        SORTABLE,
                        "e.occurred_at desc, e.id");
    }

    private static Timestamp startOf(LocalDate day, ZoneId zone) {
        return day == null ? null : Timestamp.from(day.atStartOfDay(zone).toInstant());
    }
}
