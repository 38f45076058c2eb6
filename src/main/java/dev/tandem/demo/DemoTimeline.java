package dev.tandem.demo;

import dev.tandem.shared.ReplayableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.function.Supplier;

/**
 * When the demo's people took each step: some time after the step before, never later than the moment the demo is
 * generated. Steps run through the services with the application's clock set back to their moment, so records and
 * their histories tell the year as it went. Delays come from a random source of their own, so that the plant itself
 * (who reported what, where) stays as it was before steps had times.
 */
final class DemoTimeline {

    private final ReplayableClock clock;
    private final Instant now;
    private final Random random;

    DemoTimeline(ReplayableClock clock, Instant now, long seed) {
        this.clock = clock;
        this.now = now;
        this.random = new Random(seed);
    }

    /** The moment the demo is generated: nothing happens later. */
    Instant now() {
        return now;
    }

    boolean hasHappened(Instant at) {
        return !at.isAfter(now);
    }

    /** Does a step as of {@code at}. */
    <T> T at(Instant at, Supplier<T> step) {
        return clock.replay(at, step);
    }

    /** Takes a step as of {@code at} if that moment has come; answers whether it did. */
    boolean take(Instant at, Runnable step) {
        if (!hasHappened(at)) {
            return false;
        }
        at(at, () -> {
            step.run();
            return null;
        });
        return true;
    }

    Instant minutesAfter(Instant at, int least, int most) {
        return after(at, Duration.ofMinutes(least + random.nextInt(most - least + 1)));
    }

    Instant hoursAfter(Instant at, int least, int most) {
        return after(at, Duration.ofMinutes(60L * least + random.nextInt(60 * (most - least) + 1)));
    }

    /** Some moment after {@code at} that may lie beyond now: a step planned, not yet taken. */
    Instant planned(Instant at, Duration least, Duration most) {
        long spread = most.minus(least).toMinutes();
        return at.plus(least).plusSeconds(60 * (spread <= 0 ? 0 : (long) (random.nextDouble() * spread)));
    }

    private Instant after(Instant at, Duration delay) {
        var later = at.plus(delay);
        return later.isAfter(now) ? now : later;
    }
}
