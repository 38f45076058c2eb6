package dev.tandem.signal.detection;

import java.util.Arrays;

/**
 * A stretch of normal operation of one equipment, collected sample by sample and then fitted into a
 * {@link SignalDetector}. Bounded: it refuses samples beyond its capacity rather than growing.
 */
public final class NormalWindow {

    private final int tagCount;
    private final long[] timestamps;
    private final double[][] rows;
    private int size;

    public NormalWindow(int tagCount, int capacity) {
        if (tagCount < 1 || capacity < 1) {
            throw new IllegalArgumentException("a normal window needs at least one tag and room for one sample");
        }
        this.tagCount = tagCount;
        this.timestamps = new long[capacity];
        this.rows = new double[capacity][];
    }

    /** Adds one sample; {@code values} holds one value per tag, in the same order for every sample. */
    public void add(long timestampMillis, double[] values) {
        if (values.length != tagCount) {
            throw new IllegalArgumentException("expected " + tagCount + " values, got " + values.length);
        }
        if (size == rows.length) {
            throw new IllegalStateException("the normal window is full (" + size + " samples)");
        }
        for (double value : values) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("a normal window takes finite values only");
            }
        }
        timestamps[size] = timestampMillis;
        rows[size] = values.clone();
        size++;
    }

    public int size() {
        return size;
    }

    public int tagCount() {
        return tagCount;
    }

    /** Learns what normal looks like from the samples so far; the detector continues from the window's end. */
    public SignalDetector fit(DetectorSettings settings) {
        return SignalDetector.fit(Arrays.copyOf(timestamps, size), Arrays.copyOf(rows, size), settings);
    }
}
