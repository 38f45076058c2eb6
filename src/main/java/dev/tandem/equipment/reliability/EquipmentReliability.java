package dev.tandem.equipment.reliability;

import dev.tandem.equipment.EquipmentRegistry;
import dev.tandem.equipment.dispatch.DispatchPeriod;
import dev.tandem.equipment.dispatch.StateChangeRows;
import dev.tandem.shared.Viewer;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** MTBF, MTTR and the time in each state of a machine over a period, as {@link Reliability} defines them. */
@Service
@Transactional(readOnly = true)
public class EquipmentReliability {

    private final EquipmentRegistry registry;
    private final StateChangeRows rows;
    private final Clock clock;

    EquipmentReliability(EquipmentRegistry registry, StateChangeRows rows, Clock clock) {
        this.registry = registry;
        this.rows = rows;
        this.clock = clock;
    }

    /** Over whole days in the site's time zone; a period that reaches into the future ends now. */
    public Reliability of(UUID equipmentId, DispatchPeriod period, Viewer viewer) {
        var zone = registry.zone(registry.equipment(equipmentId));
        return measure(equipmentId, period.start(zone), period.end(zone));
    }

    /** From {@code from} up to {@code to}, ending now at the latest. */
    public Reliability measure(UUID equipmentId, Instant from, Instant to) {
        var now = Instant.now(clock);
        var end = to.isAfter(now) ? now : to;
        if (end.isBefore(from)) {
            end = from;
        }
        var start = rows.lastBefore(equipmentId, from).orElse(from);
        return Reliability.measure(equipmentId, rows.timeline(equipmentId, start, end), from, end);
    }
}
