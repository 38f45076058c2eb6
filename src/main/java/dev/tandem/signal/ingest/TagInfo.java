package dev.tandem.signal.ingest;

import java.util.UUID;

/** A tag in use, as the pipeline needs it. */
record TagInfo(UUID id, String key, String name, String unit, Double expectedMin, Double expectedMax) {

    /** How far a reading lies beyond the expected range, as a share of the range (0 inside it). */
    double beyondRange(double value) {
        double span = expectedMin != null && expectedMax != null ? expectedMax - expectedMin : 0;
        if (expectedMax != null && value > expectedMax) {
            return span > 0 ? (value - expectedMax) / span : 1;
        }
        if (expectedMin != null && value < expectedMin) {
            return span > 0 ? (expectedMin - value) / span : 1;
        }
        return 0;
    }

    boolean outOfRange(double value) {
        return (expectedMax != null && value > expectedMax) || (expectedMin != null && value < expectedMin);
    }
}
