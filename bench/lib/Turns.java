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

    /** Reads every column of every row, as the application reads its answer: the raw SQL's side of a turn. */
    static void readEveryValue(java.sql.ResultSet rows) throws java.sql.SQLException {
        int columns = rows.getMetaData().getColumnCount();
        while (rows.next()) {
            for (int c = 1; c <= columns; c++) {
                rows.getObject(c);
            }
        }
    }

    /** The p-th percentile of sorted times. */
    static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
