package dev.tandem.signal.detection.nab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One NAB series ({@code timestamp,value}, one row per reading) with its labelled windows, as rows of the series.
 *
 * @param family the folder under {@code data/}, such as realTweets
 * @param name the file's name, such as Twitter_volume_AAPL.csv
 */
public record NabSeries(
        String family, String name, String[] timestamps, long[] millis, double[] values, List<int[]> windows) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final Pattern KEY = Pattern.compile("\"([^\"]+\\.csv)\"\\s*:\\s*\\[");
    private static final Pattern LIMIT = Pattern.compile("\"(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d)[.0-9]*\"");

    /** Every series under {@code dataDir/data}, windows from {@code dataDir/combined_windows.json}, sorted by path. */
    public static List<NabSeries> corpus(Path dataDir) throws IOException {
        Map<String, List<String>> limits = windowLimits(Files.readString(dataDir.resolve("combined_windows.json")));
        List<NabSeries> corpus = new ArrayList<>();
        try (var files = Files.walk(dataDir.resolve("data"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
                String key = file.getParent().getFileName() + "/" + file.getFileName();
                corpus.add(read(file, limits.getOrDefault(key, List.of())));
            }
        }
        return corpus;
    }

    /** "family/file.csv" → its window limits as times, start and end alternating. */
    static Map<String, List<String>> windowLimits(String json) {
        var limits = new java.util.HashMap<String, List<String>>();
        var keys = KEY.matcher(json);
        while (keys.find()) {
            // the file's windows run to the bracket that closes the one after its key
            int depth = 1;
            int at = keys.end();
            while (depth > 0 && at < json.length()) {
                char c = json.charAt(at++);
                depth += c == '[' ? 1 : c == ']' ? -1 : 0;
            }
            var times = new ArrayList<String>();
            var limit = LIMIT.matcher(json.substring(keys.end(), at));
            while (limit.find()) {
                times.add(limit.group(1));
            }
            limits.put(keys.group(1), times);
        }
        return limits;
    }

    static NabSeries read(Path file, List<String> limits) throws IOException {
        List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
        int rows = lines.size() - 1;
        String[] timestamps = new String[rows];
        long[] millis = new long[rows];
        double[] values = new double[rows];
        for (int row = 0; row < rows; row++) {
            String[] cells = lines.get(row + 1).split(",");
            timestamps[row] = cells[0].strip();
            millis[row] = time(timestamps[row]);
            values[row] = Double.parseDouble(cells[1].strip());
        }
        List<int[]> windows = new ArrayList<>();
        for (int i = 0; i + 1 < limits.size(); i += 2) {
            windows.add(new int[] {firstAtOrAfter(millis, time(limits.get(i))), lastAtOrBefore(millis, time(limits.get(i + 1)))});
        }
        return new NabSeries(file.getParent().getFileName().toString(), file.getFileName().toString(), timestamps,
                millis, values, windows);
    }

    private static long time(String text) {
        return LocalDateTime.parse(text.substring(0, 19), TIME).toEpochSecond(ZoneOffset.UTC) * 1000;
    }

    private static int firstAtOrAfter(long[] millis, long at) {
        int row = 0;
        while (row < millis.length - 1 && millis[row] < at) {
            row++;
        }
        return row;
    }

    private static int lastAtOrBefore(long[] millis, long at) {
        int row = millis.length - 1;
        while (row > 0 && millis[row] > at) {
            row--;
        }
        return row;
    }

    /** 1 for rows inside a window, else 0: NAB's label column. */
    public int[] labels() {
        int[] labels = new int[values.length];
        for (int[] window : windows) {
            for (int row = window[0]; row <= window[1]; row++) {
                labels[row] = 1;
            }
        }
        return labels;
    }
}
