package dev.tandem.investigation.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A signal's chart around a warning: its minutes, its expected range and normal, and the warning's marks. */
class SignalChartTests {

    private static final Instant START = Instant.parse("2026-03-02T08:30:20Z");
    private static final SignalChart.Words WORDS = new SignalChart.Words("warning", "normal", "No <minutes>");

    @Test
    void aMissingMinuteBreaksTheLineAndTheMarksCarryTheirTimesInTheSitesZone() {
        var points = new ArrayList<SignalChart.Point>();
        for (int minute = -30; minute < 30; minute++) {
            if (minute != 10) {
                points.add(point(minute, minute < 0 ? 10 : 14));
            }
        }
        var svg = SignalChart.draw(
                course(points, 8.0, 16.0, 10.0, START.plus(12, ChronoUnit.MINUTES)),
                WORDS,
                ZoneId.of("Asia/Yekaterinburg"),
                Locale.ENGLISH);

        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(svg.split(" M", -1))
                .as("two runs of minutes, one on each side of the missing one")
                .hasSize(2);
        assertThat(svg)
                .contains(">warning 13:30<", ">normal 13:42<", ">13:00<", ">14:00<")
                .contains("fill=\"#e8f5e9\"")
                .contains("stroke-dasharray");
    }

    @Test
    void withoutMinutesItSaysSoEscapedAndMarksNoReturn() {
        var svg = SignalChart.draw(
                course(new ArrayList<>(), null, null, null, null), WORDS, ZoneId.of("UTC"), Locale.ENGLISH);

        assertThat(svg)
                .contains("No &lt;minutes&gt;", ">warning 08:30<")
                .doesNotContain("normal ", "<path", "#e8f5e9", "stroke-dasharray");
    }

    private static SignalChart.Course course(
            java.util.List<SignalChart.Point> points, Double low, Double high, Double normal, Instant end) {
        return new SignalChart.Course(
                START.minus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES),
                START.plus(30, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.MINUTES),
                points,
                low,
                high,
                normal,
                START,
                end);
    }

    private static SignalChart.Point point(int minute, double mean) {
        return new SignalChart.Point(
                START.truncatedTo(ChronoUnit.MINUTES).plus(minute, ChronoUnit.MINUTES), mean - 0.5, mean, mean + 0.5);
    }
}
