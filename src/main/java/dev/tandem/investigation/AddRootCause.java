package dev.tandem.investigation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A root cause found, with its class. */
public record AddRootCause(@NotBlank @Size(max = 1000) String cause, @NotNull RootCauseClass rootClass) {}
