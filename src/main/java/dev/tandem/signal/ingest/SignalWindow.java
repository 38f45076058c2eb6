package dev.tandem.signal.ingest;

import java.util.List;

/**
 * The raw samples of an equipment's tags around a warning, as they are kept with it and charted.
 *
 * @param firedAt the time of the sample the warning was raised on (epoch ms)
 * @param from the start of the window (epoch ms)
 * @param to its end (epoch ms): the warning itself at first, later the end of the time kept after it
 */
public record SignalWindow(long firedAt, long from, long to, List<Series> tags) {

    /** One tag's samples as [epoch ms, value] pairs, oldest first. */
    public record Series(
            String key, String name, String unit, Double expectedMin, Double expectedMax, List<double[]> points) {}
}
