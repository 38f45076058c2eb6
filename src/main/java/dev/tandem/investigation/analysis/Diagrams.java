package dev.tandem.investigation.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The methods' diagrams drawn on the server as SVG, one column of boxes 360 units wide so that a phone of 390 pixels
 * reads them without zooming: a chain of 5 Whys from the problem down, a fishbone as its spine with a bone per
 * category and the category's causes beside it, and a cause chart as a tree from the problem down to the deepest
 * causes, each cause with its evidence or a "?" when it has none. Text is escaped and wrapped into the boxes.
 */
public final class Diagrams {

    static final int WIDTH = 360;
    private static final int LINE = 16;
    private static final int PAD = 6;
    private static final int GAP = 14;
    private static final int INDENT = 18;
    /** An average character of the 13-unit sans-serif font, to wrap text before the box's edge. */
    private static final double CHARACTER = 7.0;

    private Diagrams() {}

    /** A box of the diagram: where it stands, how wide, its lines and its colour. */
    private record Box(int x, int y, int width, List<String> lines, String fill, String stroke) {

        int height() {
            return lines.size() * LINE + 2 * PAD;
        }

        int bottom() {
            return y + height();
        }
    }

    /** A chain of 5 Whys: the problem, then each answer below an arrow asking "why?". */
    public static String whys(String problem, List<String> whys, String why) {
        var boxes = new ArrayList<Box>();
        var arrows = new StringBuilder();
        var y = 0;
        var box = box(0, y, WIDTH, problem, "#fde2e1", "#b02a37");
        boxes.add(box);
        for (var answer : whys) {
            y = box.bottom() + GAP + LINE;
            arrows.append(arrow(WIDTH / 2, box.bottom(), y))
                    .append(text(WIDTH / 2 + 8, box.bottom() + LINE, why, "start", "#6c757d"));
            box = box(0, y, WIDTH, answer, "#fff", "#495057");
            boxes.add(box);
        }
        return svg(box.bottom(), boxes, arrows.toString());
    }

    /**
     * A fishbone read from the top: the effect, the spine below it, and for each category (in its order) a bone with
     * the category's causes as boxes beside it.
     */
    public static String fishbone(String effect, List<String> categories, Map<String, List<String>> causes) {
        var boxes = new ArrayList<Box>();
        var lines = new StringBuilder();
        var head = box(0, 0, WIDTH, effect, "#fde2e1", "#b02a37");
        boxes.add(head);
        var y = head.bottom() + GAP;
        for (var category : categories) {
            var bone = box(INDENT, y, WIDTH - INDENT, category, "#e7f1ff", "#0d6efd");
            boxes.add(bone);
            lines.append(line(INDENT / 2, y + bone.height() / 2, INDENT, y + bone.height() / 2));
            y = bone.bottom() + PAD;
            for (var cause : causes.getOrDefault(category, List.of())) {
                var box = box(2 * INDENT, y, WIDTH - 2 * INDENT, cause, "#fff", "#495057");
                boxes.add(box);
                lines.append(line(INDENT + INDENT / 2, y + box.height() / 2, 2 * INDENT, y + box.height() / 2));
                y = box.bottom() + PAD;
            }
            y += GAP - PAD;
        }
        lines.insert(0, line(INDENT / 2, head.bottom(), INDENT / 2, Math.max(head.bottom(), y - GAP)));
        return svg(Math.max(head.bottom(), y - GAP), boxes, lines.toString());
    }

    /** A node of a cause chart: its text, whether evidence stands behind it, and its causes. */
    public record Node(String text, boolean verified, List<Node> causes) {}

    /**
     * A cause chart as a tree from the problem down: each cause indented below the effect it brought about, an
     * unverified cause drawn dashed with a "?".
     */
    public static String chart(Node problem) {
        var boxes = new ArrayList<Box>();
        var lines = new StringBuilder();
        var bottom = place(problem, 0, 0, boxes, lines);
        return svg(bottom, boxes, lines.toString());
    }

    private static int place(Node node, int depth, int y, List<Box> boxes, StringBuilder lines) {
        var x = Math.min(depth, 6) * INDENT;
        var text = depth > 0 && !node.verified() ? "? " + node.text() : node.text();
        var box = box(
                x,
                y,
                WIDTH - x,
                text,
                depth == 0 ? "#fde2e1" : node.verified() ? "#fff" : "#fff8e1",
                depth == 0 ? "#b02a37" : node.verified() ? "#495057" : "#b58100");
        boxes.add(box);
        var next = box.bottom() + PAD;
        for (var cause : node.causes()) {
            var childX = Math.min(depth + 1, 6) * INDENT;
            var top = next;
            next = place(cause, depth + 1, next, boxes, lines);
            var middle = top + LINE / 2 + PAD;
            lines.append(line(x + INDENT / 2, box.bottom(), x + INDENT / 2, middle))
                    .append(line(x + INDENT / 2, middle, childX, middle));
        }
        return next;
    }

    private static Box box(int x, int y, int width, String text, String fill, String stroke) {
        return new Box(x, y, width, wrap(text, Math.max(10, (int) ((width - 2 * PAD) / CHARACTER))), fill, stroke);
    }

    /** The text in lines of at most {@code most} characters, broken between words (a longer word on its own). */
    static List<String> wrap(String text, int most) {
        var lines = new ArrayList<String>();
        var line = new StringBuilder();
        for (var word : (text == null ? "" : text.strip()).split("\\s+")) {
            while (word.length() > most) {
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                lines.add(word.substring(0, most));
                word = word.substring(most);
            }
            if (!line.isEmpty() && line.length() + 1 + word.length() > most) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static String svg(int height, List<Box> boxes, String connectors) {
        var out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH + 2)
                .append(' ')
                .append(height + 2)
                .append("\" width=\"100%\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"13\" role=\"img\">");
        out.append("<g transform=\"translate(1 1)\">").append(connectors);
        for (var box : boxes) {
            out.append("<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"4\" fill=\"%s\" stroke=\"%s\"/>"
                    .formatted(box.x(), box.y(), box.width(), box.height(), box.fill(), box.stroke()));
            for (int i = 0; i < box.lines().size(); i++) {
                out.append(text(
                        box.x() + PAD,
                        box.y() + PAD + (i + 1) * LINE - 4,
                        box.lines().get(i),
                        "start",
                        "#212529"));
            }
        }
        return out.append("</g></svg>").toString();
    }

    private static String line(int x1, int y1, int x2, int y2) {
        return "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#6c757d\"/>".formatted(x1, y1, x2, y2);
    }

    private static String arrow(int x, int from, int to) {
        return line(x, from, x, to) + "<path d=\"M%d %d l-4 -7 h8 z\" fill=\"#6c757d\"/>".formatted(x, to);
    }

    private static String text(int x, int y, String text, String anchor, String fill) {
        return "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" fill=\"%s\">%s</text>"
                .formatted(x, y, anchor, fill, escape(text));
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
