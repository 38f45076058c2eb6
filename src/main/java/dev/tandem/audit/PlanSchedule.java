package dev.tandem.audit;

import dev.tandem.shared.Role;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * A schedule of inspections to plan.
 *
 * @param areaId an area of the site, or none for the whole site
 * @param organisationId the contractor whose work is inspected, or none
 * @param times local times of day in the site's zone, such as {@code 08:00, 20:00}: each shift's start, or the one time
 *     of a weekly or monthly schedule
 * @param assignedRole the role whose holders do it, or
 * @param assignedPersonId the person who does it
 */
@NamedInterface("inspections")
public record PlanSchedule(
        UUID id,
        @NotNull UUID templateId,
        @NotNull UUID siteId,
        UUID areaId,
        UUID organisationId,
        @NotNull Cadence.Frequency cadence,
        @NotNull @Size(max = 100) String times,
        DayOfWeek dayOfWeek,
        Integer dayOfMonth,
        Role assignedRole,
        UUID assignedPersonId) {

    Cadence cadenceRule() {
        return new Cadence(cadence, Cadence.times(times), dayOfWeek, dayOfMonth);
    }
}
