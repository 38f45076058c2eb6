package dev.tandem.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The application's one clock: the system's clock, except while a piece of work replays the past on its thread. The
 * demo plant writes its year of reports, reviews and actions through the services as they would have happened, so
 * that each record, and each entry of its history, carries the moment of its own step.
 */
public final class ReplayableClock extends Clock {

    private final Clock system;
    private final ThreadLocal<Instant> replayed;

    public ReplayableClock(Clock system) {
        this(system, new ThreadLocal<>());
    }

    private ReplayableClock(Clock system, ThreadLocal<Instant> replayed) {
        this.system = system;
        this.replayed = replayed;
    }

    /** Does the work on this thread as if it were {@code at}; other threads keep the system's time. */
    public <T> T replay(Instant at, Supplier<T> work) {
        Objects.requireNonNull(at, "at");
        var outer = replayed.get();
        replayed.set(at);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                replayed.remove();
            } else {
                replayed.set(outer);
            }
        }
    }

    @Override
    public Instant instant() {
        var at = replayed.get();
        return at != null ? at : system.instant();
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    /** The same clock seen from another zone: it replays whatever this one replays. */
    @Override
    public Clock withZone(ZoneId zone) {
        return zone.equals(getZone()) ? this : new ReplayableClock(system.withZone(zone), replayed);
    }
}
