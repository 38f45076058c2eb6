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
 */
public record ContributingSignal(
        String key, String name, String unit, double value, double share, Double expectedMin, Double expectedMax) {

    /** Whether the reading lies outside the expected range. */
    public boolean outOfRange() {
        return (expectedMin != null && value < expectedMin) || (expectedMax != null && value > expectedMax);
    }
}
