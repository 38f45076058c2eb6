package dev.tandem.event;

/**
 * A control-system signal behind an early warning.
 *
 * @param key the tag's plant-wide key
 * @param name the tag's name on its equipment
 * @param unit the unit of {@code value}
 * @param value the reading when the warning was raised
 * @param share how much the signal contributed: 1 is a signal at its limit on its own
 * @param expectedMin the lower end of the tag's expected range; absent when none is set
 * @param expectedMax the upper end of the tag's expected range; absent when none is set
 * @param normal where the signal should stand, in its unit: for the machine's load when {@code forLoad}, otherwise
 *     where it stood before the warning; absent when too little was kept
 * @param ratePerMinute how fast it moved in the minute before the warning, in its unit a minute; absent likewise
 * @param forLoad whether {@code normal} is the signal's normal for the load the machine ran at (its other signals
 *     say what that is); absent in warnings written before it was known
 */
public record ContributingSignal(
        String key,
        String name,
        String unit,
        double value,
        double share,
        Double expectedMin,
        Double expectedMax,
        Double normal,
        Double ratePerMinute,
        Boolean forLoad) {

    /** A signal known by its reading alone, without its course before the warning. */
    public ContributingSignal(
            String key, String name, String unit, double value, double share, Double expectedMin, Double expectedMax) {
        this(key, name, unit, value, share, expectedMin, expectedMax, null, null, null);
    }

    /** Whether the reading lies outside the expected range. */
    public boolean outOfRange() {
        return (expectedMin != null && value < expectedMin) || (expectedMax != null && value > expectedMax);
    }
}
