package dev.tandem.signal.detection.skab;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * One labelled SKAB file: {@code datetime;<8 sensors>;anomaly;changepoint}, separated by semicolons. Files without
 * the two label columns (anomaly-free.csv) read with all labels 0.
 */
public record SkabFile(
        String folder,
        String name,
        String[] datetimes,
        long[] timestamps,
        double[][] values,
        int[] anomaly,
        int[] changepoint) {

    static final int SENSORS = 8;
    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public static SkabFile read(Path path) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path).stream()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean labelled = lines.get(0).split(";").length >= SENSORS + 3;
        int rows = lines.size() - 1;
        var file = new SkabFile(
                path.getParent().getFileName().toString(),
                path.getFileName().toString().replaceFirst("\\.csv$", ""),
                new String[rows],
                new long[rows],
                new double[rows][SENSORS],
                new int[rows],
                new int[rows]);
        for (int row = 0; row < rows; row++) {
            file.parse(row, lines.get(row + 1).split(";"), labelled);
        }
        return file;
    }

    private void parse(int row, String[] cells, boolean labelled) {
        datetimes[row] = cells[0];
        timestamps[row] = LocalDateTime.parse(cells[0], DATETIME).toEpochSecond(ZoneOffset.UTC) * 1000;
        for (int i = 0; i < SENSORS; i++) {
            values[row][i] = Double.parseDouble(cells[1 + i]);
        }
        if (labelled) {
            anomaly[row] = (int) Double.parseDouble(cells[SENSORS + 1]);
            changepoint[row] = (int) Double.parseDouble(cells[SENSORS + 2]);
        }
    }

    public int rows() {
        return timestamps.length;
    }

    /** The rows from {@code from} on of a per-row array. */
    static int[] tail(int[] labels, int from) {
        return Arrays.copyOfRange(labels, from, labels.length);
    }

    static long[] tail(long[] times, int from) {
        return Arrays.copyOfRange(times, from, times.length);
    }
}
