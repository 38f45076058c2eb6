package dev.tandem.stopwork.web;

import dev.tandem.stopwork.RaiseStopWork;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/**
 * The stop form as a phone submits it: four inputs (where, whose work, what work, what is unsafe) and an optional
 * photo; the phone adds the stop's id and when it was raised, which may be long before the network returned, and a
 * stop raised from an early warning names it.
 */
record StopForm(
        UUID id,
        @NotNull UUID areaId,
        @NotNull UUID organisationId,
        @NotBlank @Size(max = 500) String work,
        @NotBlank @Size(max = 4000) String unsafe,
        Instant raisedAt,
        UUID sourceEventId) {

    RaiseStopWork command() {
        return new RaiseStopWork(id, areaId, organisationId, work, unsafe, raisedAt, sourceEventId);
    }
}
