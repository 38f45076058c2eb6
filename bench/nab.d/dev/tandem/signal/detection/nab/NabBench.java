package dev.tandem.signal.detection.nab;

import dev.tandem.signal.detection.DetectorSettings;
import dev.tandem.signal.detection.NormalWindow;
import dev.tandem.signal.detection.SignalDetector;
import dev.tandem.signal.detection.Verdict;
import dev.tandem.signal.detection.skab.NabProfile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs the early-warning detector over every series of a NAB corpus with one configuration
 * ({@link DetectorSettings#defaults()}), writes NAB's results files and scores them with {@link NabScorer}.
 *
 * <p>Each series is one tag read at its own pace: one row is one tick of the detector (the pipeline lines tags up
 * one sample a tick the same way), so time constants count rows, not seconds. The detector learns from the series'
 * probation (its first 15 %, at most 750 rows, the rows NAB does not score), then judges every row after it. A
 * row's anomaly score is the detector's score s mapped to s / (1 + s) (0.5 at the limit); once an episode is open the
 * rows after its first report 0, as the warning has been raised: one episode, one warning.
 *
 * <p>Usage: {@code NabBench DATA_DIR OUT_DIR}
 */
public final class NabBench {

    private final DetectorSettings settings;

    NabBench(DetectorSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: NabBench DATA_DIR OUT_DIR");
            System.exit(2);
        }
        long started = System.nanoTime();
        List<NabSeries> corpus = NabSeries.corpus(Path.of(args[0]));
        Path out = Path.of(args[1]);
        var bench = new NabBench(DetectorSettings.defaults());
        Map<NabProfile, NabScorer> scorers = new EnumMap<>(NabProfile.class);
        Map<String, Map<NabProfile, NabScorer>> families = new TreeMap<>();
        Map<String, NabScorer> others = new TreeMap<>();
        for (NabProfile profile : NabProfile.values()) {
            scorers.put(profile, new NabScorer(profile));
        }
        corpus.forEach(series -> others.putIfAbsent(series.family(), new NabScorer(NabProfile.STANDARD)));
        for (NabSeries series : corpus) {
            double[] scores = bench.scores(series);
            write(series, scores, out.resolve(series.family()).resolve(series.name()));
            var family = families.computeIfAbsent(series.family(), f -> new EnumMap<>(NabProfile.class));
            for (NabProfile profile : NabProfile.values()) {
                scorers.get(profile).add(scores, series.windows());
                family.computeIfAbsent(profile, NabScorer::new).add(scores, series.windows());
            }
            others.forEach((name, scorer) -> {
                if (!name.equals(series.family())) {
                    scorer.add(scores, series.windows());
                }
            });
        }
        report(System.out, corpus.size(), scorers, families);
        reportLeftOut(System.out, families, others);
        System.out.printf("detector, writing and scoring took %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    /** The anomaly score of every row; the probation's rows score 0. */
    double[] scores(NabSeries series) {
        int rows = series.values().length;
        int probation = (int) Math.min(Math.floor(NabScorer.PROBATION * rows), NabScorer.PROBATION * 5000);
        var window = new NormalWindow(1, Math.max(probation, 1));
        for (int row = 0; row < probation; row++) {
            window.add(tick(row), new double[] {series.values()[row]});
        }
        SignalDetector detector = window.fit(settings);
        double[] scores = new double[rows];
        boolean open = false;
        for (int row = probation; row < rows; row++) {
            Verdict verdict = detector.update(tick(row), new double[] {series.values()[row]});
            scores[row] = open && verdict.anomalous() ? 0 : verdict.score() / (1 + verdict.score());
            open = verdict.anomalous();
        }
        return scores;
    }

    private static long tick(int row) {
        return row * 1000L;
    }

    private static void write(NabSeries series, double[] scores, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        int[] labels = series.labels();
        var csv = new StringBuilder("timestamp,value,anomaly_score,label\n");
        for (int row = 0; row < scores.length; row++) {
            csv.append(series.timestamps()[row]).append(',').append(series.values()[row]).append(',');
            csv.append(scores[row]).append(',').append(labels[row]).append('\n');
        }
        Files.writeString(target, csv);
    }

    static void report(
            PrintStream out,
            int files,
            Map<NabProfile, NabScorer> scorers,
            Map<String, Map<NabProfile, NabScorer>> families) {
        out.printf("series scored: %d%n", files);
        for (NabProfile profile : NabProfile.values()) {
            var best = scorers.get(profile).best();
            out.printf(
                    "%-9s score %6.2f  (raw %.2f, threshold %.4f, windows found %d of %d, false rows %d)%n",
                    profile, best.normalised(), best.raw(), best.threshold(), best.detectedWindows(), best.windows(),
                    best.falseRows());
        }
        out.println("per family, standard profile, its own best threshold (for reading only):");
        families.forEach((family, byProfile) -> {
            var best = byProfile.get(NabProfile.STANDARD).best();
            if (best.windows() == 0) {
                // nothing to find: any detection costs, so the best threshold finds nothing and scores no figure
                out.printf("  %-22s   none  (no windows)%n", family);
            } else {
                out.printf("  %-22s %6.2f  (%d of %d windows)%n", family, best.normalised(), best.detectedWindows(),
                        best.windows());
            }
        });
    }

    /**
     * Each family judged as a kept-back one is: at the threshold that scores best on the other families (standard
     * profile), beside what those others score at it. A setting that helps only the families it was chosen on shows
     * here as a family that loses when left out.
     */
    static void reportLeftOut(PrintStream out, Map<String, Map<NabProfile, NabScorer>> families, Map<String, NabScorer> others) {
        out.println("each family left out, standard profile, at the threshold best on the others:");
        families.forEach((family, byProfile) -> {
            var rest = others.get(family).best();
            var left = byProfile.get(NabProfile.STANDARD).at(rest.threshold());
            if (left.windows() > 0) {
                out.printf("  %-22s %6.2f  (%d of %d windows, %d false rows; the others %.2f at %.4f)%n", family,
                        left.normalised(), left.detectedWindows(), left.windows(), left.falseRows(), rest.normalised(),
                        rest.threshold());
            }
        });
    }
}
