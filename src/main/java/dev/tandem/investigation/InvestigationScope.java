package dev.tandem.investigation;

import dev.tandem.equipment.DowntimeReason;
import java.util.UUID;

/**
 * What the investigated records say of where it happened and whose work was involved, as the caller read them.
 *
 * @param areaId the area every record shares; null when they differ
 * @param equipmentId the machine every downtime shares; null when they differ or an event is among them
 * @param downtimeReason the reason every downtime shares; null likewise
 * @param contractorId the contractor whose work is involved; null when none is
 */
record InvestigationScope(
        UUID siteId, UUID areaId, UUID equipmentId, DowntimeReason downtimeReason, UUID contractorId) {}
