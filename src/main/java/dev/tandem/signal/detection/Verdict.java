package dev.tandem.signal.detection;

import java.util.Arrays;

/**
 * What the detector says about one sample.
 *
 * @param timestampMillis the sample's time, as given
 * @param anomalous whether the sample belongs to an episode (one episode is one early warning)
 * @param changepoint whether the behaviour of the equipment changed at this sample: a tag shifted, or an episode
 *     opened or closed
 * @param score distance beyond normal as a ratio to the nearest limit: 1 is at the limit, above it trips
 * @param contributions each tag's share of the score, in tag order
 */
public record Verdict(
        long timestampMillis, boolean anomalous, boolean changepoint, double score, double[] contributions) {

    public Verdict {
        contributions = contributions.clone();
    }

    @Override
    public double[] contributions() {
        return contributions.clone();
    }

    /** Indices of the {@code count} tags that contributed most, the largest first. */
    public int[] leadingSignals(int count) {
        Integer[] order = new Integer[contributions.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(contributions[b], contributions[a]));
        return Arrays.stream(order)
                .limit(Math.min(count, order.length))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Verdict that
                && timestampMillis == that.timestampMillis
                && anomalous == that.anomalous
                && changepoint == that.changepoint
                && Double.compare(score, that.score) == 0
                && Arrays.equals(contributions, that.contributions);
    }

    @Override
    public int hashCode() {
        return 31 * Long.hashCode(timestampMillis) + Arrays.hashCode(contributions);
    }

    @Override
    public String toString() {
        return "Verdict[" + timestampMillis + ", anomalous=" + anomalous + ", changepoint=" + changepoint + ", score="
                + score + ", contributions=" + Arrays.toString(contributions) + "]";
    }
}
