package dev.tandem.equipment.listing;

import dev.tandem.equipment.Criticality;
import dev.tandem.equipment.DowntimeReason;
import dev.tandem.equipment.EquipmentState;
import dev.tandem.equipment.EquipmentType;
import dev.tandem.shared.ListQuery;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The equipment registry as a list: filtered, searched, sorted and paged, with the state each machine is in. */
@Component
@Transactional(readOnly = true)
public class EquipmentQueries {

    private static final String FROM =
            """
            equipment e join site s on s.id = e.site_id join area a on a.id = e.area_id
            left join lateral (
                select c.state, c.at, c.reason from equipment_state_change c
                where c.equipment_id = e.id and c.voided_at is null order by c.at desc limit 1) latest on true""";

    private static final String COLUMNS =
            """
            e.id, e.site_id, s.code as site_code, s.name as site_name, e.area_id, a.name as area_name, e.code,
            e.name, e.type, e.criticality, latest.state, latest.at as state_since, latest.reason as state_reason,
            e.voided_at is not null as voided""";

    private static final Map<String, String> SORTABLE = Map.of(
            "code", "e.code",
            "name", "e.name",
            "site", "s.name",
            "area", "a.name",
            "type", "e.type",
            "criticality", "array_position(array['HIGH', 'MEDIUM', 'LOW'], e.criticality)",
            "state", "array_position(array['DOWN', 'IDLE', 'RUNNING'], latest.state)",
            "since", "latest.at");

    private final JdbcClient jdbc;

    EquipmentQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param state null when no state was ever recorded */
    public record EquipmentRow(
            UUID id,
            UUID siteId,
            String siteCode,
            String siteName,
            UUID areaId,
            String areaName,
            String code,
            String name,
            EquipmentType type,
            Criticality criticality,
            EquipmentState state,
            Instant stateSince,
            DowntimeReason stateReason,
            boolean voided) {}

    public Page<EquipmentRow> equipment(EquipmentFilter filter, Paging paging, Viewer viewer) {
        return new ListQuery(FROM)
                .where("e.site_id = :site", "site", filter.siteId())
                .where("e.area_id = :area", "area", filter.areaId())
                .where("e.type = :type", "type", name(filter.type()))
                .where("e.criticality = :criticality", "criticality", name(filter.criticality()))
                .where("latest.state = :state", "state", name(filter.state()))
                .search(filter.q(), "e.code", "e.name")
                .leavingOut("e.voided_at", filter.voided())
                .page(jdbc, COLUMNS, EquipmentRow.class, paging, SORTABLE, "s.name, e.code, e.id");
    }

    /** One machine as the list shows it, voided or not. */
    public EquipmentRow row(UUID id, Viewer viewer) {
        return new ListQuery(FROM)
                        .where("e.id = :id", "id", id)
                        .page(jdbc, COLUMNS, EquipmentRow.class, Paging.first(1), SORTABLE, "e.id")
                        .items()
                        .stream()
                        .findFirst()
                        .orElseThrow(() -> new NotFoundException("Equipment", id));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
