package dev.tandem.equipment;

import java.time.Instant;
import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * A machine's dispatch timeline changed from {@code from} on: changes were recorded there (perhaps late, from an
 * upload) or one was voided. {@link EquipmentStates#since} reads the timeline as it now stands.
 */
@DomainEvent
public record EquipmentStatesChanged(UUID equipmentId, Instant from) {}
