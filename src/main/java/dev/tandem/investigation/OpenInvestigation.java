package dev.tandem.investigation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * An investigation opened by hand, of records the opener may read, with its team and due date.
 *
 * @param id the client's id, so that a repeated submission opens it once; a fresh one when null
 */
public record OpenInvestigation(
        UUID id,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull InvestigatedRecord> records,
        @Valid @NotNull PlanInvestigation plan) {}
