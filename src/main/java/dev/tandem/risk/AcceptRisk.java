package dev.tandem.risk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A director's acceptance of a risk as it stands, with the written justification it needs. */
public record AcceptRisk(@NotBlank @Size(max = 4000) String justification) {}
