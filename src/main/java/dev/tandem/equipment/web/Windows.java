package dev.tandem.equipment.web;

import dev.tandem.equipment.Equipment;
import dev.tandem.equipment.EquipmentRegistry;
import dev.tandem.equipment.dispatch.DispatchPeriod;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The days a page or a client looks at a machine's dispatch data over, in its site's time zone. */
@Component
class Windows {

    private final EquipmentRegistry registry;
    private final Clock clock;

    Windows(EquipmentRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    /** A machine and a period of its site's days. */
    record Window(Equipment equipment, DispatchPeriod period, ZoneId zone) {

        Instant start() {
            return period.start(zone);
        }

        Instant end() {
            return period.end(zone);
        }
    }

    /** The period asked for; without one, the last {@link DispatchPeriod#DEFAULT_DAYS} days up to today. */
    Window of(UUID equipmentId, LocalDate from, LocalDate to) {
        var equipment = registry.equipment(equipmentId);
        var zone = registry.zone(equipment);
        return new Window(equipment, DispatchPeriod.of(from, to, LocalDate.now(clock.withZone(zone))), zone);
    }
}
