package dev.tandem.event;

import dev.tandem.shared.InvalidRequestException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** When an event happened can lie in the past only; phones' clocks run a little ahead or behind, so a few minutes are forgiven. */
final class OccurrenceTime {

    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    private OccurrenceTime() {}

    static void requireNotInFuture(Instant occurredAt, Clock clock) {
        if (occurredAt != null && occurredAt.isAfter(Instant.now(clock).plus(CLOCK_TOLERANCE))) {
            throw new InvalidRequestException("occurredAt", "rule.occurredInFuture");
        }
    }
}
