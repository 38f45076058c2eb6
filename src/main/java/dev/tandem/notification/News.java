package dev.tandem.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Whether what happened is still news when its event is handled. A record from more than a week ago (the demo
 * plant's replayed year, an import of old records) is history: it is in the lists, and rings nobody's bell. A
 * node that was down for a day still tells everything that happened meanwhile.
 */
@Component
class News {

    static final Duration FRESH = Duration.ofDays(7);

    private final Clock clock;

    News(Clock clock) {
        this.clock = clock;
    }

    boolean fresh(Instant happened) {
        return happened != null && happened.isAfter(Instant.now(clock).minus(FRESH));
    }
}
