package dev.tandem.signal.ingest;

import java.util.Arrays;

/**
 * When one equipment runs, as its dispatch data says: the changes between running and not running (idle, down,
 * planned stops), in time order, the latest few only. An equipment without dispatch data counts as running all the
 * time, which is how streams behaved before they knew.
 */
final class OperatingSpells {

    /** Changes kept: enough for those that arrive a little late, bounded whatever a dispatch system sends. */
    private static final int KEPT = 32;

    /** Before the first change anything is known of: running, since ever. */
    static final long ALWAYS = Long.MIN_VALUE;

    /** The answer of {@link #runningSince} for a machine that is not running. */
    static final long STOPPED = Long.MAX_VALUE;

    private long[] times = new long[0];
    private boolean[] running = new boolean[0];

    /** Puts a change in its place in time; a change at a moment already known replaces it. */
    void change(long atMillis, boolean runs) {
        int at = Arrays.binarySearch(times, atMillis);
        if (at >= 0) {
            running[at] = runs;
            return;
        }
        int insert = -at - 1;
        long[] moreTimes = new long[times.length + 1];
        boolean[] moreRunning = new boolean[times.length + 1];
        System.arraycopy(times, 0, moreTimes, 0, insert);
        System.arraycopy(running, 0, moreRunning, 0, insert);
        moreTimes[insert] = atMillis;
        moreRunning[insert] = runs;
        System.arraycopy(times, insert, moreTimes, insert + 1, times.length - insert);
        System.arraycopy(running, insert, moreRunning, insert + 1, times.length - insert);
        int drop = Math.max(0, moreTimes.length - KEPT);
        times = Arrays.copyOfRange(moreTimes, drop, moreTimes.length);
        running = Arrays.copyOfRange(moreRunning, drop, moreRunning.length);
    }

    /** Forgets the changes from {@code fromMillis} on (they are about to be told again). */
    void forgetFrom(long fromMillis) {
        int at = Arrays.binarySearch(times, fromMillis);
        int keep = at >= 0 ? at : -at - 1;
        times = Arrays.copyOf(times, keep);
        running = Arrays.copyOf(running, keep);
    }

    /**
     * Since when the machine has been running at {@code atMillis}: the start of its running spell, {@link #ALWAYS}
     * when it ran before anything was recorded, or {@link #STOPPED} when it is idle or down.
     */
    long runningSince(long atMillis) {
        int at = Arrays.binarySearch(times, atMillis);
        int last = at >= 0 ? at : -at - 2;
        if (last < 0) {
            return ALWAYS;
        }
        if (!running[last]) {
            return STOPPED;
        }
        while (last > 0 && running[last - 1]) {
            last--;
        }
        // the oldest change kept starts a spell only if a stop is known before it
        return last == 0 && times.length == KEPT ? ALWAYS : times[last];
    }
}
