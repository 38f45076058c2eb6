package dev.tandem.risk;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A likelihood and a severity on the current matrix, each a level from 1, with an optional note. */
public record AssessRisk(@NotNull Integer likelihood, @NotNull Integer severity, @Size(max = 2000) String note) {}
