package dev.tandem.signal;

import java.util.UUID;

/** Tags of an equipment were added, changed or voided: its signal stream starts over with the new set. */
public record TagsChanged(UUID equipmentId) {}
