package dev.tandem.shared.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a record is voided, as an API client says it. */
public record VoidRequest(@NotBlank @Size(max = 500) String reason) {}
