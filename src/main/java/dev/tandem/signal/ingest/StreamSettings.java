package dev.tandem.signal.ingest;

import dev.tandem.signal.detection.DetectorSettings;

/** The settings every equipment stream shares, in milliseconds. */
record StreamSettings(
        long tickMillis,
        long learningMillis,
        long beforeMillis,
        long afterMillis,
        long releaseMillis,
        long startUpMillis,
        DetectorSettings detector) {

    static StreamSettings of(SignalProperties properties) {
        var detector = DetectorSettings.defaults();
        return new StreamSettings(
                Math.max(1, properties.tick().toMillis()),
                properties.learning().toMillis(),
                properties.windowBefore().toMillis(),
                properties.windowAfter().toMillis(),
                (long) (detector.releaseSeconds() * 1000),
                properties.startUp().toMillis(),
                detector);
    }

    /** Raw samples kept per tag: the window before and after a warning at one sample a tick, and some slack. */
    int ringCapacity() {
        return (int) Math.min(100_000, (beforeMillis + afterMillis) / tickMillis + 16);
    }

    /** Samples a normal window holds at most: the learning time at one sample a tick. */
    int learningCapacity() {
        return (int) Math.max(2, Math.min(1_000_000, learningMillis / tickMillis + 1));
    }
}
