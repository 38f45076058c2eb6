package dev.tandem.investigation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A cause on the cause chart.
 *
 * @param effectId the cause on the chart it brought about; the investigated problem itself when null
 * @param evidence what shows it happened; none marks it unverified
 */
public record AddChartCause(
        @NotBlank @Size(max = 1000) String cause, UUID effectId, @Size(max = 2000) String evidence) {}
