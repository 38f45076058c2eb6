package dev.tandem.investigation.listing;

import dev.tandem.investigation.InvestigationStatus;
import dev.tandem.investigation.access.InvestigationAccess;
import dev.tandem.investigation.triggers.TriggerCode;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.shared.ListQuery;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of investigations as SQL projections, within what the viewer reads: the queue first (required before
 * suggested, the earliest due first), then the open ones by due date, then the rest, latest first.
 */
@Component
@Transactional(readOnly = true)
public class InvestigationQueries {

    private static final String FROM =
            """
            investigation i join site s on s.id = i.site_id
            left join area a on a.id = i.area_id
            left join person l on l.id = i.leader_person_id""";

    private static final String COLUMNS =
            """
            i.id, i.title, i.status, i.required, i.trigger_code, i.due_date, i.queued_at, i.site_id,
            s.name as site_name, a.name as area_name, l.full_name as leader_name,
            (select count(*) from investigation_record r where r.investigation = i.id) as records,
            i.status in ('QUEUED', 'OPEN') and i.voided_at is null and i.due_date < :today as overdue,
            i.voided_at is not null as voided""";

    private static final Map<String, String> SORTABLE = Map.of(
            "due", "i.due_date",
            "queued", "i.queued_at",
            "status", "i.status",
            "title", "i.title",
            "site", "s.name");

    private static final String QUEUE_FIRST =
            """
            array_position(array['QUEUED', 'OPEN', 'CLOSED', 'DECLINED'], i.status), i.required desc,
            case when i.status in ('QUEUED', 'OPEN') then i.due_date end, i.queued_at desc, i.id""";

    private final JdbcClient jdbc;
    private final PlantStructure plant;
    private final Clock clock;

    InvestigationQueries(JdbcClient jdbc, PlantStructure plant, Clock clock) {
        this.jdbc = jdbc;
        this.plant = plant;
        this.clock = clock;
    }

    public record InvestigationRow(
            UUID id,
            String title,
            InvestigationStatus status,
            boolean required,
            TriggerCode triggerCode,
            LocalDate dueDate,
            Instant queuedAt,
            UUID siteId,
            String siteName,
            String areaName,
            String leaderName,
            int records,
            boolean overdue,
            boolean voided) {}

    /**
     * @param mine only those the viewer leads or is a member of
     * @param overdue only those past their due date and still to be done
     */
    public record InvestigationFilter(
            String q,
            InvestigationStatus status,
            UUID siteId,
            Boolean required,
            Boolean overdue,
            Boolean mine,
            Boolean voided) {}

    public Page<InvestigationRow> investigations(InvestigationFilter filter, Paging paging, Viewer viewer) {
        var today = LocalDate.now(clock.withZone(ZoneId.of(plant.enterprise().timeZone())));
        var query = InvestigationAccess.readable(new ListQuery(FROM), viewer)
                .param("today", today)
                .where(
                        "i.status = :status",
                        "status",
                        filter.status() == null ? null : filter.status().name())
                .where("i.site_id = :site", "site", filter.siteId())
                .where(Boolean.TRUE.equals(filter.required()) ? "i.required" : "true")
                .where(
                        Boolean.TRUE.equals(filter.overdue())
                                ? "i.status in ('QUEUED', 'OPEN') and i.due_date < :today"
                                : "true")
                .where(Boolean.TRUE.equals(filter.mine()) ? mine(viewer) : "true")
                .param("me", viewer.personId())
                .search(filter.q(), "i.title")
                .leavingOut("i.voided_at", filter.voided());
        return query.page(jdbc, COLUMNS, InvestigationRow.class, paging, SORTABLE, QUEUE_FIRST);
    }

    private static String mine(Viewer viewer) {
        return viewer.personId() == null
                ? "false"
                : "(i.leader_person_id = cast(:me as uuid) or cast(:me as uuid) = any(i.member_person_ids))";
    }
}
