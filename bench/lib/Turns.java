import java.util.Arrays;
import java.util.List;

/**
 * Ways of answering one request (the API, the JDK's client, the bare SQL) timed in turns in one thread, so that the
 * machine's load falls on each alike: the benches' one timing loop (bench/risk-register, bench/meeting-figures).
 */
final class Turns {

    private Turns() {}

    /** One way of making a request or running its statements, timed: its milliseconds. */
    interface Timed {
        double ms() throws Exception;
    }

    /**
     * The ways timed in turns after {@code warmup} untimed rounds, which of them goes first changing from round to
     * round: the milliseconds of every round of each way, sorted.
     */
    static double[][] inTurns(List<Timed> ways, int warmup, int rounds) throws Exception {
        int n = ways.size();
        var times = new double[n][rounds];
        for (int i = -warmup; i < rounds; i++) {
            int first = Math.floorMod(i, n);
            for (int k = 0; k < n; k++) {
                int way = (first + k) % n;
                double ms = ways.get(way).ms();
                if (i >= 0) {
                    times[way][i] = ms;
                }
            }
        }
        for (var t : times) {
            Arrays.sort(t);
        }
        return times;
    }

    /** The p-th percentile of sorted times. */
    static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
