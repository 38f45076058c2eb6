package dev.tandem.kpi.figures;

import dev.tandem.shared.ListQuery;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The early warnings that nobody has closed yet, for the dashboard and the shop-floor screen: the machines that
 * control-system signals say are heading for trouble. They are the owner company's records: contractors' people
 * and scopes of one organisation get none.
 */
@Service
@Transactional(readOnly = true)
public class OpenWarnings {

    static final int LISTED = 5;

    private final JdbcClient jdbc;

    OpenWarnings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One open warning: when its episode began and on which machine. */
    public record Warning(UUID id, Instant occurredAt, String equipmentCode, String equipmentName) {}

    /** How many are open and the latest of them. */
    public record Board(long open, List<Warning> latest) {

        public static final Board NONE = new Board(0, List.of());
    }

    public Board of(FigureScope scope, Viewer viewer) {
        if (viewer.contractor() || scope.organisationId() != null) {
            return Board.NONE;
        }
        var page = new ListQuery("safety_event_fact e join equipment q on q.id = e.equipment_id")
                .where("e.type = 'EARLY_WARNING'")
                .where("e.status <> 'CLOSED'")
                .where("e.voided_at is null")
                .where("e.site_id = :site", "site", scope.siteId())
                .where("e.area_id = :area", "area", scope.areaId())
                .page(
                        jdbc,
                        "e.id, e.occurred_at, q.code as equipment_code, q.name as equipment_name",
                        Warning.class,
                        Paging.first(LISTED),
                        Map.of(),
                        "e.occurred_at desc");
        return new Board(page.totalItems(), page.items());
    }
}
