package dev.tandem.investigation.listing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.event.ContributingSignal;
import dev.tandem.signal.SignalMinutes.Minute;
import dev.tandem.signal.SignalMinutes.Trace;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When a warning's signals were back to normal: each within half its distance from normal at the warning, or back in
 * its expected range when it had left it; the latest of them; never before the minute after the start.
 */
class WarningWindowsTests {

    private static final Instant START = Instant.parse("2026-03-02T08:30:20Z");

    @Test
    void theSignalsAreBackWhenTheLastOfThemIs() {
        var pressure = new ContributingSignal("p", "pressure", "bar", 14, 0.9, null, null, 10.0, 1.0, true);
        var heat = new ContributingSignal("t", "temperature", "°C", 95, 0.5, 0.0, 90.0);
        var traces = List.of(
                trace("p", 10, 14, 14, 11.9, 13, 10), // back 2 minutes on (11.9 lies within 2 of 10)
                trace("t", 80, 95, 92, 91, 89, 89)); // back 3 minutes on (inside 0..90)

        assertThat(WarningWindows.backToNormal(List.of(pressure, heat), traces, START))
                .isEqualTo(minute(3));
    }

    @Test
    void theWarningsOwnMinuteNeverCountsAsBack() {
        var pressure = new ContributingSignal("p", "pressure", "bar", 14, 0.9, null, null, 10.0, 1.0, true);

        assertThat(WarningWindows.backToNormal(List.of(pressure), List.of(trace("p", 10, 10, 14, 10)), START))
                .isEqualTo(minute(2));
    }

    @Test
    void aSignalThatStaysOffOrSaysNoNormalLeavesTheEndUnknown() {
        var pressure = new ContributingSignal("p", "pressure", "bar", 14, 0.9, null, null, 10.0, 1.0, true);
        var inRange = new ContributingSignal("f", "flow", "m³/h", 20, 0.4, 0.0, 50.0);

        assertThat(WarningWindows.backToNormal(List.of(pressure), List.of(trace("p", 10, 14, 13, 12.5)), START))
                .isNull();
        assertThat(WarningWindows.backToNormal(List.of(inRange), List.of(trace("f", 20, 20, 20)), START))
                .isNull();
        assertThat(WarningWindows.backToNormal(List.of(pressure), List.of(), START))
                .isNull();
    }

    /** The tag's means from the minute before the warning's on. */
    private static Trace trace(String key, double... means) {
        var minutes = new java.util.ArrayList<Minute>();
        for (int i = 0; i < means.length; i++) {
            minutes.add(new Minute(minute(i - 1), means[i] - 0.1, means[i], means[i] + 0.1));
        }
        return new Trace(key, key, "u", null, null, minutes);
    }

    private static Instant minute(int after) {
        return START.truncatedTo(ChronoUnit.MINUTES).plus(after, ChronoUnit.MINUTES);
    }
}
