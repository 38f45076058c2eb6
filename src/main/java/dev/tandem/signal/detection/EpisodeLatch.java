package dev.tandem.signal.detection;

/**
 * Hysteresis between "something is beyond a limit" and "this is an episode": an episode opens at the first trip
 * and closes only after the release time without any trip, so a fault that flickers around its limit stays one
 * episode and raises one warning.
 */
final class EpisodeLatch {

    private final double releaseSeconds;
    private boolean open;
    private double lastTripSeconds;
    private boolean changed;

    EpisodeLatch(double releaseSeconds) {
        this.releaseSeconds = releaseSeconds;
    }

    boolean update(double atSeconds, boolean tripped) {
        boolean wasOpen = open;
        if (tripped) {
            open = true;
            lastTripSeconds = atSeconds;
        } else if (open && atSeconds - lastTripSeconds >= releaseSeconds) {
            open = false;
        }
        changed = open != wasOpen;
        return open;
    }

    /** Ends the episode now (the fault cleared); the next trip opens a new one. */
    void close() {
        changed = open;
        open = false;
    }

    /** Whether an episode is open. */
    boolean open() {
        return open;
    }

    /** Whether the last update opened or closed an episode. */
    boolean changed() {
        return changed;
    }

    void save(StateCodec.Out out) {
        out.flag(open).number(lastTripSeconds).flag(changed);
    }

    void load(StateCodec.In in) {
        open = in.flag();
        lastTripSeconds = in.number();
        changed = in.flag();
    }
}
