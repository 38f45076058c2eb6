package dev.tandem.contractor.onboarding;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A step of the onboarding programme as the safety department defines it.
 *
 * @param id the new step's id, chosen by the client so that a repeated request adds one step (may be null)
 * @param title what the step asks, when the kind's own name does not say enough (may be blank)
 * @param dueDay the day of the 30-day month by which it is due
 */
public record DefineStep(
        java.util.UUID id,
        @NotNull StepKind kind,
        @Size(max = 200) String title,
        @NotNull @Min(1) @Max(30) Integer dueDay) {}
