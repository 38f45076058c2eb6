package dev.tandem.investigation;

import dev.tandem.equipment.DowntimeReason;
import dev.tandem.event.EventType;
import java.time.Instant;
import java.util.UUID;

/**
 * A record an investigation looks into, as it shows it, read through the record's own module.
 *
 * @param organisationId whose work a safety event concerns; null for a downtime
 * @param endedAt when a downtime ended; null for an event and while the machine is down
 * @param eventType the type of a safety event; null for a downtime
 * @param equipmentId the machine of a downtime (or of an early warning); null otherwise
 * @param reason why the machine was down; null for an event
 */
public record RecordSummary(
        InvestigatedRecord record,
        UUID siteId,
        UUID areaId,
        UUID organisationId,
        Instant at,
        Instant endedAt,
        EventType eventType,
        UUID equipmentId,
        String equipmentCode,
        DowntimeReason reason,
        String summary) {}
