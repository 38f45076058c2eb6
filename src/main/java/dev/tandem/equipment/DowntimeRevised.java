package dev.tandem.equipment;

import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;

/**
 * A correction changed a downtime announced before: its end moved (a change recorded late or voided), or it was
 * withdrawn altogether. Read it again with {@link Downtimes#downtime}.
 */
@DomainEvent
public record DowntimeRevised(UUID downtimeId, UUID equipmentId, boolean withdrawn) {}
