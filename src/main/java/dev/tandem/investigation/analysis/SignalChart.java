package dev.tandem.investigation.analysis;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * One signal's course around an early warning drawn as SVG, as wide as the methods' diagrams so that a phone reads it
 * without zooming: each minute's lowest to highest reading as a pale band, its mean as a line (broken where no minute
 * was kept: the machine stood or sent nothing), the signal's expected range shaded and its normal dashed where they
 * are known, and the warning's start and the signals' return to normal as vertical marks with their times.
 */
public final class SignalChart {

    private static final int WIDTH = Diagrams.WIDTH;
    private static final int LEFT = 46;
    private static final int TOP = 18;
    private static final int PLOT_HEIGHT = 110;
    private static final int BOTTOM = TOP + PLOT_HEIGHT;
    private static final int HEIGHT = BOTTOM + 20;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private SignalChart() {}

    /** A minute of the signal: its lowest, mean and highest reading. */
    public record Point(Instant at, double min, double mean, double max) {}

    /**
     * What to draw.
     *
     * @param expectedMin the lower end of the expected range; null when none is set
     * @param expectedMax its upper end; null likewise
     * @param normal where the signal should have stood; null when the warning did not say
     * @param end when the signals came back to normal; null when they did not within the span
     */
    public record Course(
            Instant from,
            Instant to,
            List<Point> points,
            Double expectedMin,
            Double expectedMax,
            Double normal,
            Instant start,
            Instant end) {}

    /**
     * The words the chart writes, in the reader's language.
     *
     * @param start the mark of the warning's start
     * @param end the mark of the return to normal
     * @param nothing what an empty chart says: no minute was kept
     */
    public record Words(String start, String end, String nothing) {}

    public static String draw(Course course, Words words, ZoneId zone, Locale locale) {
        var out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"100%%\""
                        .formatted(WIDTH + 2, HEIGHT))
                .append(" font-family=\"DejaVu Sans, sans-serif\" font-size=\"11\" role=\"img\">")
                .append("<g transform=\"translate(1 0)\">");
        var scale = Scale.of(course);
        var span = (double) (course.to().toEpochMilli() - course.from().toEpochMilli());
        java.util.function.ToDoubleFunction<Instant> x =
                at -> LEFT + (WIDTH - LEFT) * (at.toEpochMilli() - course.from().toEpochMilli()) / span;
        if (course.expectedMin() != null || course.expectedMax() != null) {
            var top = scale.y(course.expectedMax() == null ? scale.high : course.expectedMax());
            var bottom = scale.y(course.expectedMin() == null ? scale.low : course.expectedMin());
            out.append("<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"#e8f5e9\"/>"
                    .formatted(LEFT, top, WIDTH - LEFT, Math.max(0, bottom - top)));
        }
        out.append(rule(LEFT, TOP, LEFT, BOTTOM, "#adb5bd", ""))
                .append(rule(LEFT, BOTTOM, WIDTH, BOTTOM, "#adb5bd", ""));
        if (course.normal() != null) {
            var y = scale.y(course.normal());
            out.append(rule(LEFT, y, WIDTH, y, "#6c757d", " stroke-dasharray=\"4 3\""));
        }
        if (course.points().isEmpty()) {
            out.append(text((LEFT + WIDTH) / 2.0, TOP + PLOT_HEIGHT / 2.0, words.nothing(), "middle", "#6c757d"));
        } else {
            out.append(courseOf(course.points(), scale, x));
        }
        out.append(text(LEFT - 4, TOP + 4, number(scale.high, locale), "end", "#495057"))
                .append(text(LEFT - 4, BOTTOM, number(scale.low, locale), "end", "#495057"))
                .append(text(LEFT, HEIGHT - 4, time(course.from(), zone), "start", "#495057"))
                .append(text(WIDTH, HEIGHT - 4, time(course.to(), zone), "end", "#495057"));
        out.append(mark(x.applyAsDouble(course.start()), words.start() + " " + time(course.start(), zone), "#b02a37"));
        if (course.end() != null) {
            out.append(mark(x.applyAsDouble(course.end()), words.end() + " " + time(course.end(), zone), "#198754"));
        }
        return out.append("</g></svg>").toString();
    }

    /** The minutes' band and mean line, broken where a minute is missing. */
    private static String courseOf(List<Point> points, Scale scale, java.util.function.ToDoubleFunction<Instant> x) {
        var band = new StringBuilder();
        var line = new StringBuilder();
        Instant previous = null;
        for (var point : points) {
            var px = x.applyAsDouble(point.at());
            var joined = previous != null && point.at().toEpochMilli() - previous.toEpochMilli() <= 60_000;
            line.append(joined ? " L" : " M").append("%.1f %.1f".formatted(px, scale.y(point.mean())));
            band.append("<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#cfe2ff\" stroke-width=\"4\"/>"
                    .formatted(px, scale.y(point.max()), px, scale.y(point.min())));
            previous = point.at();
        }
        return band + "<path d=\"" + line.toString().strip()
                + "\" fill=\"none\" stroke=\"#0d6efd\" stroke-width=\"1.5\"/>";
    }

    private static String mark(double x, String label, String colour) {
        var anchor = x > (LEFT + WIDTH) / 2.0 ? "end" : "start";
        var labelX = anchor.equals("end") ? x - 3 : x + 3;
        return rule(x, TOP - 4, x, BOTTOM, colour, " stroke-width=\"1.5\"")
                + text(labelX, TOP - 6, label, anchor, colour);
    }

    private static String rule(double x1, double y1, double x2, double y2, String colour, String more) {
        return "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"%s/>"
                .formatted(x1, y1, x2, y2, colour, more);
    }

    private static String text(double x, double y, String text, String anchor, String fill) {
        return "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"%s\">%s</text>"
                .formatted(x, y, anchor, fill, Diagrams.escape(text));
    }

    private static String time(Instant at, ZoneId zone) {
        return CLOCK.format(at.atZone(zone));
    }

    private static String number(double value, Locale locale) {
        var rounded = Math.abs(value) >= 100 ? "%.0f" : Math.abs(value) >= 10 ? "%.1f" : "%.2f";
        return String.format(locale, rounded, value);
    }

    /** The readings' range, the normal within it, with a little room above and below. */
    private record Scale(double low, double high) {

        static Scale of(Course course) {
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            for (var point : course.points()) {
                low = Math.min(low, point.min());
                high = Math.max(high, point.max());
            }
            if (course.normal() != null) {
                low = Math.min(low, course.normal());
                high = Math.max(high, course.normal());
            }
            if (low > high) {
                return new Scale(0, 1);
            }
            var room = high > low ? (high - low) * 0.08 : Math.max(1, Math.abs(high) * 0.05);
            return new Scale(low - room, high + room);
        }

        double y(double value) {
            var clipped = Math.max(low, Math.min(high, value));
            return BOTTOM - PLOT_HEIGHT * (clipped - low) / (high - low);
        }
    }
}
