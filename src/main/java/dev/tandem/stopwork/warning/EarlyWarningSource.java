package dev.tandem.stopwork.warning;

import dev.tandem.equipment.EquipmentRegistry;
import dev.tandem.event.EventReporting;
import dev.tandem.event.EventType;
import dev.tandem.event.SafetyEvent;
import dev.tandem.shared.Viewer;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The early warnings a stop is raised from: "stop the work on this equipment" fills the stop form with the warning's
 * area, its machine and what the detector saw.
 */
@Component
@Transactional(readOnly = true)
public class EarlyWarningSource {

    private final EventReporting events;
    private final EquipmentRegistry equipment;

    EarlyWarningSource(EventReporting events, EquipmentRegistry equipment) {
        this.events = events;
        this.equipment = equipment;
    }

    /** What a stop raised from a warning starts with: its area, the work on its machine and what is unsafe. */
    public record Prefill(UUID eventId, UUID areaId, String work, String unsafe) {}

    /** The stop form's start from an early warning the viewer reads; empty for any other event or id. */
    public Optional<Prefill> prefill(UUID eventId, Viewer viewer) {
        return warning(eventId, viewer)
                .map(warning -> new Prefill(
                        warning.id(),
                        warning.areaId(),
                        Optional.ofNullable(warning.equipmentId())
                                .flatMap(equipment::currentEquipment)
                                .map(machine -> machine.code() + " " + machine.name())
                                .orElse(""),
                        warning.description()));
    }

    /** Whether the id is an early warning the viewer reads. */
    public boolean isEarlyWarning(UUID eventId, Viewer viewer) {
        return warning(eventId, viewer).isPresent();
    }

    private Optional<SafetyEvent> warning(UUID eventId, Viewer viewer) {
        return events.findEvent(eventId, viewer).filter(event -> event.type() == EventType.EARLY_WARNING);
    }
}
