package dev.tandem.risk;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * The outcome of checking a critical control against its performance standard, in the field.
 *
 * @param id chosen by the client, so that a verification sent twice (a phone that lost its answer) counts once
 * @param passed whether the control met its standard
 */
public record VerifyControl(UUID id, @NotNull Boolean passed, @Size(max = 2000) String note) {}
