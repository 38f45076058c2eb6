package dev.tandem.stopwork;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/**
 * A stop as its initiator raises it: where, whose work, what work and what is unsafe. The phone gives it its id (sent
 * again, the stored stop is the answer) and the moment it was raised, which may be before the network returned.
 *
 * @param organisationId whose work is stopped: the owner company's or a contractor's
 * @param raisedAt when it was raised on the phone; now when not given
 * @param sourceEventId the early warning it was raised from ("stop the work on this equipment"), if it was
 */
public record RaiseStopWork(
        UUID id,
        @NotNull UUID areaId,
        @NotNull UUID organisationId,
        @NotBlank @Size(max = 500) String work,
        @NotBlank @Size(max = 4000) String unsafe,
        Instant raisedAt,
        UUID sourceEventId) {}
