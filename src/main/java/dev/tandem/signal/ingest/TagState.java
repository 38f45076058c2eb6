package dev.tandem.signal.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * What the pipeline keeps of one tag: the time of its last sample (to refuse older and repeated ones), a ring of
 * its latest raw samples (bounded: the window kept around a warning), and the aggregate of the current minute.
 */
final class TagState {

    private static final long MINUTE = 60_000;

    final TagInfo info;
    private final long[] times;
    private final double[] values;
    private int next;
    private int size;
    private long lastTimestamp = Long.MIN_VALUE;
    private long lastReceivedNanos;

    private long minute = Long.MIN_VALUE;
    private int samples;
    private double min;
    private double max;
    private double sum;
    private double last;

    TagState(TagInfo info, int capacity) {
        this.info = info;
        this.times = new long[capacity];
        this.values = new double[capacity];
    }

    /** Why the sample cannot be taken, or null when it can. */
    RejectReason check(long timestampMillis) {
        if (timestampMillis < lastTimestamp) {
            return RejectReason.OUT_OF_ORDER;
        }
        return timestampMillis == lastTimestamp ? RejectReason.DUPLICATE_TIMESTAMP : null;
    }

    /** Takes a checked sample; returns the minute it closed, if the sample opened a later one. */
    MinuteRow take(long timestampMillis, double value, long receivedNanos) {
        lastTimestamp = timestampMillis;
        lastReceivedNanos = receivedNanos;
        times[next] = timestampMillis;
        values[next] = value;
        next = (next + 1) % times.length;
        size = Math.min(size + 1, times.length);
        long sampleMinute = Math.floorDiv(timestampMillis, MINUTE) * MINUTE;
        MinuteRow closed = null;
        if (sampleMinute != minute) {
            closed = closeMinute();
            minute = sampleMinute;
        }
        samples++;
        min = samples == 1 ? value : Math.min(min, value);
        max = samples == 1 ? value : Math.max(max, value);
        sum += value;
        last = value;
        return closed;
    }

    /** The open minute's aggregate, if any; the minute is then closed. */
    MinuteRow closeMinute() {
        if (samples == 0) {
            return null;
        }
        var row = new MinuteRow(info.id(), minute, samples, min, max, sum, last, lastTimestamp);
        samples = 0;
        sum = 0;
        return row;
    }

    boolean idleSince(long nanos) {
        return samples > 0 && lastReceivedNanos < nanos;
    }

    /** The raw samples kept from {@code fromMillis} on, oldest first, as [time, value] pairs. */
    List<double[]> window(long fromMillis, long toMillis) {
        var points = new ArrayList<double[]>();
        for (int i = 0; i < size; i++) {
            int at = Math.floorMod(next - size + i, times.length);
            if (times[at] >= fromMillis && times[at] <= toMillis) {
                points.add(new double[] {times[at], values[at]});
            }
        }
        return points;
    }

    /**
     * The average of the samples kept from {@code fromMillis} to {@code toMillis}: where the tag stood before a
     * warning. Null when none was kept.
     */
    Double average(long fromMillis, long toMillis) {
        double sum = 0;
        int count = 0;
        for (var point : window(fromMillis, toMillis)) {
            sum += point[1];
            count++;
        }
        return count == 0 ? null : sum / count;
    }

    /** The least-squares slope of the samples kept from {@code fromMillis} to {@code toMillis}, per minute. */
    Double ratePerMinute(long fromMillis, long toMillis) {
        var points = window(fromMillis, toMillis);
        if (points.size() < 3) {
            return null;
        }
        double meanT = 0;
        double meanV = 0;
        for (var point : points) {
            meanT += point[0] / points.size();
            meanV += point[1] / points.size();
        }
        double covariance = 0;
        double variance = 0;
        for (var point : points) {
            covariance += (point[0] - meanT) * (point[1] - meanV);
            variance += (point[0] - meanT) * (point[0] - meanT);
        }
        return variance == 0 ? null : covariance / variance * 60_000;
    }
}
