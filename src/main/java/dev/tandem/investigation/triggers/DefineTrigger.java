package dev.tandem.investigation.triggers;

import jakarta.validation.constraints.NotNull;

/**
 * A trigger as the safety department edits it; the thresholds a rule does not have are ignored.
 *
 * @param hours hours of one downtime (the long-downtime rule)
 * @param repeats downtimes for the same reason on one machine (the repeated-downtime rule), within {@code withinDays}
 * @param dueDays the days an investigation it asks for is due in
 */
public record DefineTrigger(
        boolean inForce,
        boolean required,
        Integer hours,
        Integer repeats,
        Integer withinDays,
        @NotNull Integer dueDays) {}
