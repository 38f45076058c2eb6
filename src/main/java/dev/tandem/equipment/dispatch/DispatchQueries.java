package dev.tandem.equipment.dispatch;

import dev.tandem.shared.ListQuery;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.RecordRows;
import dev.tandem.shared.Viewer;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Timelines of state changes as SQL projections. Everyone signed in reads them; who recorded a change is shown to
 * the owner company's people only.
 */
@Component
@Transactional(readOnly = true)
public class DispatchQueries {

    private static final String COLUMNS =
            """
            c.id, c.equipment_id, c.at, c.state, c.reason, c.note, c.source, c.recorded_at, c.recorded_by_name,
            c.voided_at, c.voided_reason""";

    private final JdbcClient jdbc;

    DispatchQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public StateChange change(UUID id, Viewer viewer) {
        return jdbc.sql("select " + COLUMNS + " from equipment_state_change c where c.id = :id")
                .param("id", id)
                .query(RecordRows.of(StateChange.class))
                .optional()
                .map(change -> forViewer(change, viewer))
                .orElseThrow(() -> new NotFoundException("StateChange", id));
    }

    /** The machine's latest current change: the state it is in. */
    public Optional<StateChange> current(UUID equipmentId, Viewer viewer) {
        return jdbc.sql("select " + COLUMNS + " from equipment_state_change c"
                        + " where c.equipment_id = :equipment and c.voided_at is null order by c.at desc limit 1")
                .param("equipment", equipmentId)
                .query(RecordRows.of(StateChange.class))
                .optional()
                .map(change -> forViewer(change, viewer));
    }

    /**
     * A machine's changes from {@code from} up to {@code to} (either open when null), newest first unless sorted otherwise.
     *
     * @param voided voided changes as well
     */
    public Page<StateChange> timeline(
            UUID equipmentId, Instant from, Instant to, Boolean voided, Paging paging, Viewer viewer) {
        return new ListQuery("equipment_state_change c")
                .where("c.equipment_id = :equipment", "equipment", equipmentId)
                .where("c.at >= :from", "from", StateChangeRows.utc(from))
                .where("c.at < :to", "to", StateChangeRows.utc(to))
                .leavingOut("c.voided_at", voided)
                .page(jdbc, COLUMNS, StateChange.class, paging, Map.of("at", "c.at"), "c.at desc, c.id")
                .map(change -> forViewer(change, viewer));
    }

    /** The owner's people see who recorded a change; a contractor's people do not see the owner's people. */
    private static StateChange forViewer(StateChange change, Viewer viewer) {
        if (!viewer.contractor()) {
            return change;
        }
        return new StateChange(
                change.id(),
                change.equipmentId(),
                change.at(),
                change.state(),
                change.reason(),
                change.note(),
                change.source(),
                change.recordedAt(),
                null,
                change.voidedAt(),
                change.voidedReason());
    }
}
