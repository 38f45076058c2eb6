package dev.tandem.signal.detection;

import java.util.Arrays;

/**
 * A transmitter that stops moving: its reading repeats exactly, because it is stuck or because it no longer reports
 * and the pipeline holds its last value. Each tag may repeat itself for as long as its normal window showed, by a
 * margin, and never less than a floor: a tag sent only on change (a deadband) repeats for long spells by nature, a
 * 1 Hz analogue reading hardly ever. Only repeats while samples keep coming count: a tag silent while its neighbours
 * report is held by the pipeline and repeats, a feed that is lost altogether is no frozen transmitter.
 */
final class FrozenTags {

    private final double[] limitSeconds;
    private final double[] last;
    private final double[] since;
    private final double gapSeconds;
    private double lastAt = Double.NEGATIVE_INFINITY;

    private FrozenTags(double[] limitSeconds, double[] last, double[] since, double gapSeconds) {
        this.limitSeconds = limitSeconds;
        this.last = last;
        this.since = since;
        this.gapSeconds = gapSeconds;
    }

    /** Limits from the longest spell of each tag's reading repeating itself in the normal window. */
    static FrozenTags fit(long[] timestamps, double[][] rows, DetectorSettings settings) {
        int tagCount = rows[0].length;
        double[] longest = new double[tagCount];
        var frozen = new FrozenTags(
                new double[tagCount], rows[0].clone(), new double[tagCount], settings.smoothingSeconds());
        Arrays.fill(frozen.since, timestamps[0] / 1000.0);
        for (int row = 0; row < rows.length; row++) {
            double at = timestamps[row] / 1000.0;
            frozen.update(at, rows[row]);
            for (int i = 0; i < tagCount; i++) {
                longest[i] = Math.max(longest[i], at - frozen.since[i]);
            }
        }
        for (int i = 0; i < tagCount; i++) {
            frozen.limitSeconds[i] = Math.max(settings.frozenSeconds(), settings.frozenMargin() * longest[i]);
        }
        return frozen;
    }

    void update(double atSeconds, double[] values) {
        // a gap in the whole feed (an outage) is no repeat: the spells start again after it
        if (atSeconds - lastAt > gapSeconds) {
            restart(atSeconds, values);
            return;
        }
        lastAt = atSeconds;
        for (int i = 0; i < last.length; i++) {
            if (values[i] != last[i]) {
                last[i] = values[i];
                since[i] = atSeconds;
            }
        }
    }

    /** Starts every tag's spell afresh at this sample (after a stop: a machine at rest need not move). */
    void restart(double atSeconds, double[] values) {
        lastAt = atSeconds;
        System.arraycopy(values, 0, last, 0, last.length);
        Arrays.fill(since, atSeconds);
    }

    void save(StateCodec.Out out) {
        out.numbers(limitSeconds)
                .numbers(last)
                .numbers(since)
                .number(gapSeconds)
                .number(lastAt);
    }

    static FrozenTags read(StateCodec.In in, int tagCount) {
        var frozen = new FrozenTags(in.numbers(tagCount), in.numbers(tagCount), in.numbers(tagCount), in.number());
        frozen.lastAt = in.number();
        return frozen;
    }

    /** How long the tag's reading has repeated, as a ratio to its limit. */
    double ratio(int tag, double atSeconds) {
        return (atSeconds - since[tag]) / limitSeconds[tag];
    }
}
