package dev.tandem.equipment;

import java.time.Instant;
import java.util.UUID;

/**
 * A machine's state from a moment on, as it is recorded. Nothing is trusted until {@link DispatchLog} has checked
 * it: the equipment must be in use, the time not ahead of the clock, a DOWN state must say why.
 *
 * @param id optional, chosen by the client; sending the same change again is harmless
 * @param reason required for DOWN, allowed for IDLE, refused for RUNNING
 */
public record RecordStateChange(
        UUID id, UUID equipmentId, Instant at, EquipmentState state, DowntimeReason reason, String note) {}
