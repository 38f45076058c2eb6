package dev.tandem.signal;

import java.util.UUID;
import org.jmolecules.event.annotation.DomainEvent;

/** Tags of an equipment were added, changed or voided: its signal stream starts over with the new set. */
@DomainEvent
public record TagsChanged(UUID equipmentId) {}
