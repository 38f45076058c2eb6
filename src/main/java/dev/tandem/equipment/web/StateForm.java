package dev.tandem.equipment.web;

import dev.tandem.equipment.DowntimeReason;
import dev.tandem.equipment.EquipmentState;
import dev.tandem.equipment.RecordStateChange;
import dev.tandem.shared.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * A state change as the detail page takes it from a phone: the state, a reason, and the site's local time, which
 * is now when left empty. The form's own id makes sending it twice harmless.
 *
 * @param at a {@code datetime-local} value, {@code 2025-03-01T06:00}
 */
record StateForm(UUID id, EquipmentState state, DowntimeReason reason, String at, String note) {

    static StateForm blank() {
        return new StateForm(UUID.randomUUID(), null, null, null, null);
    }

    RecordStateChange change(UUID equipmentId, ZoneId zone, Instant now) {
        return new RecordStateChange(id, equipmentId, moment(zone, now), state, reason, note);
    }

    private Instant moment(ZoneId zone, Instant now) {
        if (at == null || at.isBlank()) {
            return now;
        }
        try {
            return LocalDateTime.parse(at.trim()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("at", "equipment.rule.timeFormat");
        }
    }
}
