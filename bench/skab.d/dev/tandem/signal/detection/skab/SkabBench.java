package dev.tandem.signal.detection.skab;

import dev.tandem.signal.detection.DetectorSettings;
import dev.tandem.signal.detection.NormalWindow;
import dev.tandem.signal.detection.SignalDetector;
import dev.tandem.signal.detection.Verdict;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs the detector over a folder in SKAB's layout with one configuration for every file: fits on each file's first
 * 400 rows, judges the rest, writes {@code OUT_DIR/<folder>_<file>.csv} and prints SKAB's leaderboard figures.
 *
 * <p>Usage: {@code SkabBench DATA_DIR OUT_DIR}
 */
public final class SkabBench {

    static final int TRAINING_ROWS = 400;
    static final List<String> FOLDERS = List.of("valve1", "valve2", "other");

    private final DetectorSettings settings;
    private final OutlierScore outliers = new OutlierScore();
    private final ChangepointScore changepoints = new ChangepointScore();
    private final ChangepointScore periodicReference = new ChangepointScore();
    private int files;
    private int predictedChangepoints;

    SkabBench(DetectorSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SkabBench DATA_DIR OUT_DIR");
            System.exit(2);
        }
        long started = System.nanoTime();
        var bench = new SkabBench(DetectorSettings.defaults());
        Path out = Files.createDirectories(Path.of(args[1]));
        for (Path file : labelledFiles(Path.of(args[0]))) {
            bench.run(SkabFile.read(file), out);
        }
        bench.report(System.out, (System.nanoTime() - started) / 1e9);
    }

    static List<Path> labelledFiles(Path dataDir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : FOLDERS) {
            Path dir = dataDir.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> listing = Files.list(dir)) {
                listing.filter(p -> p.toString().endsWith(".csv"))
                        .sorted(Comparator.comparing(SkabBench::fileNumber))
                        .forEach(files::add);
            }
        }
        return files;
    }

    private static int fileNumber(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.csv$", "");
        return name.matches("\\d+") ? Integer.parseInt(name) : Integer.MAX_VALUE;
    }

    void run(SkabFile file, Path out) throws IOException {
        int scored = file.rows() - TRAINING_ROWS;
        int[] anomalous = new int[scored];
        int[] changed = new int[scored];
        detect(file, anomalous, changed);
        long[] times = SkabFile.tail(file.timestamps(), TRAINING_ROWS);
        int[] actualChanges = SkabFile.tail(file.changepoint(), TRAINING_ROWS);
        outliers.add(anomalous, SkabFile.tail(file.anomaly(), TRAINING_ROWS));
        changepoints.add(times, actualChanges, changed);
        periodicReference.add(times, actualChanges, everyMinute(times));
        write(file, anomalous, changed, out.resolve(file.folder() + "_" + file.name() + ".csv"));
        files++;
    }

    private void detect(SkabFile file, int[] anomalous, int[] changed) {
        var window = new NormalWindow(SkabFile.SENSORS, TRAINING_ROWS);
        for (int row = 0; row < TRAINING_ROWS; row++) {
            window.add(file.timestamps()[row], file.values()[row]);
        }
        SignalDetector detector = window.fit(settings);
        for (int row = TRAINING_ROWS; row < file.rows(); row++) {
            Verdict verdict = detector.update(file.timestamps()[row], file.values()[row]);
            anomalous[row - TRAINING_ROWS] = verdict.anomalous() ? 1 : 0;
            changed[row - TRAINING_ROWS] = verdict.changepoint() ? 1 : 0;
            predictedChangepoints += verdict.changepoint() ? 1 : 0;
        }
    }

    /** A detector that ignores the data and calls a changepoint once a minute: what the NAB figures compare to. */
    private static int[] everyMinute(long[] times) {
        int[] marks = new int[times.length];
        long next = times[0];
        for (int row = 0; row < times.length; row++) {
            if (times[row] >= next) {
                marks[row] = 1;
                next = times[row] + ChangepointScore.WINDOW_MILLIS;
            }
        }
        return marks;
    }

    private static void write(SkabFile file, int[] anomalous, int[] changed, Path target) throws IOException {
        var csv = new StringBuilder("datetime;anomaly;changepoint\n");
        for (int row = 0; row < anomalous.length; row++) {
            csv.append(file.datetimes()[row + TRAINING_ROWS]).append(';').append(anomalous[row]);
            csv.append(';').append(changed[row]).append('\n');
        }
        Files.writeString(target, csv);
    }

    void report(PrintStream out, double seconds) {
        out.printf(
                "files scored: %d, changepoint windows: %d, changepoints predicted: %d%n",
                files, changepoints.windows(), predictedChangepoints);
        out.printf(
                "F1 %s (%.4f)  FAR %s %%  MAR %s %%%n",
                OutlierScore.rounded(outliers.f1()),
                outliers.f1(),
                OutlierScore.rounded(outliers.falseAlarmRate()),
                OutlierScore.rounded(outliers.missedAlarmRate()));
        out.printf(
                "NAB Standard %s  LowFP %s  LowFN %s%n",
                nab(changepoints, NabProfile.STANDARD),
                nab(changepoints, NabProfile.LOW_FP),
                nab(changepoints, NabProfile.LOW_FN));
        out.printf(
                "reference, a changepoint every 60 s regardless of data: NAB Standard %s  LowFP %s  LowFN %s%n",
                nab(periodicReference, NabProfile.STANDARD),
                nab(periodicReference, NabProfile.LOW_FP),
                nab(periodicReference, NabProfile.LOW_FN));
        out.printf("detector and scoring took %.1f s%n", seconds);
    }

    private static String nab(ChangepointScore score, NabProfile profile) {
        return OutlierScore.rounded(score.score(profile)).toPlainString();
    }
}
