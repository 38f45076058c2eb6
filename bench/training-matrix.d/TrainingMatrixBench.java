import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client of bench/training-matrix (compiled with bench/risk-register's, the application's libraries on the class path).
 *
 * <p>{@code capture BASE TOKEN COOKIE CASES PGLOG OUT}: makes each request of CASES (lines of kind, name and path, by
 * tabs; kind {@code api} signs in with the token, {@code page} with the session cookie) once while PostgreSQL logs
 * every statement, and writes to OUT the statements of each that read people or training requirements, with their
 * parameters, and how many statements the request ran in all.
 *
 * <p>{@code time BASE TOKEN COOKIE CASES OUT JDBC WARMUP ROUNDS}: times each request and its captured statements in
 * turns after a warm-up, as bench/risk-register does (its client is compiled beside this one); prints a Markdown table
 * of p50 and p95.
 */
public class TrainingMatrixBench {

    /**
     * The statements that are the matrix's own: over training requirements (its columns and cells), or the page of people
     * and its count (over people and their organisations, counted or limited, unlike a sign-in's reading of a person);
     * and, on the page, the choices of its filter (organisations, sites and areas, read in one statement), without which
     * the page is not whole.
     */
    private static final Pattern MATRIX = Pattern.compile("training_requirement|(?s)count\\(\\*\\) from person p join"
            + " organisation o|person p join organisation o.*\\blimit\\b|'organisation' as part");

    /** The timed work that runs on its own schedule, not for the request (as bench/round-trips leaves it out). */
    private static final Pattern BACKGROUND =
            Pattern.compile("scheduled_tasks|update delivery set|quiet_from|notification_key|^\\s*$");

    private static final Pattern ENTRY = Pattern.compile(
            "^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d[.\\d]* \\w+ \\[\\d+\\] (LOG|DETAIL|ERROR|STATEMENT|WARNING|HINT):  (.*)$");
    private static final Pattern STATEMENT = Pattern.compile("^(?:statement|execute [^:]*): (.*)$", Pattern.DOTALL);
    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+) = (NULL|'([^']*+(?:''[^']*+)*+)')");

    record Case(String kind, String name, String path) {}

    record Statement(String sql, List<String> params) {}

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        switch (args[0]) {
            case "capture" -> capture(args);
            case "time" -> time(args);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static List<Case> cases(Path file) throws Exception {
        var cases = new ArrayList<Case>();
        for (var line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                var cells = line.split("\t");
                cases.add(new Case(cells[0], cells[1], cells[2]));
            }
        }
        return cases;
    }

    static HttpRequest request(String base, String token, String cookie, Case c) {
        var request = HttpRequest.newBuilder(URI.create(base + c.path())).GET();
        return c.kind().equals("api")
                ? request.header("Authorization", "Bearer " + token).build()
                : request.header("Cookie", cookie).build();
    }

    // ---------------------------------------------------------------- capture

    static void capture(String[] args) throws Exception {
        var log = Path.of(args[5]);
        var out = Path.of(args[6]);
        Files.createDirectories(out);
        int n = 0;
        for (var c : cases(Path.of(args[4]))) {
            var request = request(args[1], args[2], args[3], c);
            RiskRegisterBench.timeApi(request); // the first request of a kind warms its code up; the second is the one captured
            Thread.sleep(1000);
            long from = Files.size(log);
            RiskRegisterBench.timeApi(request);
            Thread.sleep(1500);
            var all = statements(new String(readFrom(log, from), StandardCharsets.UTF_8)).stream()
                    .filter(statement -> !BACKGROUND.matcher(statement.sql()).find())
                    .filter(statement -> !statement.sql().matches("(?is)^\\s*(begin|commit|rollback|set|show)\\b.*"))
                    .toList();
            var matrix = all.stream()
                    .filter(statement -> MATRIX.matcher(statement.sql()).find())
                    .toList();
            var text = new StringBuilder().append(all.size()).append('\n');
            for (var statement : matrix) {
                text.append(statement.sql().replace("\n", " ")).append('\n');
                text.append(String.join("\u0001", statement.params().stream()
                                .map(value -> value == null ? "\u0000" : value)
                                .toList()))
                        .append('\n');
            }
            Files.writeString(out.resolve(String.valueOf(n++)), text);
            System.out.printf("%s: %d statements, %d of the matrix%n", c.name(), all.size(), matrix.size());
        }
    }

    static byte[] readFrom(Path file, long from) throws Exception {
        try (var in = Files.newInputStream(file)) {
            in.skipNBytes(from);
            return in.readAllBytes();
        }
    }

    /** The statements of a stretch of PostgreSQL's log, each with the parameters of its DETAIL line. */
    static List<Statement> statements(String log) {
        var entries = new ArrayList<String[]>();
        for (var line : log.split("\n", -1)) {
            Matcher m = ENTRY.matcher(line);
            if (m.matches()) {
                entries.add(new String[] {m.group(1), m.group(2)});
            } else if (!entries.isEmpty()) {
                var last = entries.get(entries.size() - 1);
                last[1] = last[1] + "\n" + line;
            }
        }
        var statements = new ArrayList<Statement>();
        for (int i = 0; i < entries.size(); i++) {
            if (!entries.get(i)[0].equals("LOG")) {
                continue;
            }
            Matcher m = STATEMENT.matcher(entries.get(i)[1]);
            if (!m.matches()) {
                continue;
            }
            var params = new ArrayList<String>();
            if (i + 1 < entries.size()
                    && entries.get(i + 1)[0].equals("DETAIL")
                    && entries.get(i + 1)[1].toLowerCase(Locale.ROOT).startsWith("parameters: ")) {
                Matcher p = PARAMETER.matcher(entries.get(i + 1)[1]);
                while (p.find()) {
                    int index = Integer.parseInt(p.group(1));
                    while (params.size() < index) {
                        params.add(null);
                    }
                    params.set(index - 1, p.group(2).equals("NULL") ? null : p.group(3).replace("''", "'"));
                }
            }
            statements.add(new Statement(m.group(1).strip(), params));
        }
        return statements;
    }

    // ---------------------------------------------------------------- time

    /**
     * The captured statements made ready for JDBC: each $n replaced by ? and bound to its value as text, whose type the
     * server infers as it did for the application (the connection sends text as of unspecified type).
     */
    static List<RiskRegisterBench.Statement> replays(Path file, int[] count) throws Exception {
        var lines = Files.readAllLines(file);
        count[0] = Integer.parseInt(lines.get(0).strip());
        var replays = new ArrayList<RiskRegisterBench.Statement>();
        for (int i = 1; i + 1 < lines.size(); i += 2) {
            var sql = lines.get(i);
            var values = lines.get(i + 1).isEmpty()
                    ? List.<String>of()
                    : Arrays.stream(lines.get(i + 1).split("\u0001", -1))
                            .map(value -> value.equals("\u0000") ? null : value)
                            .toList();
            var bound = new ArrayList<Object>();
            var m = Pattern.compile("\\$(\\d+)").matcher(sql);
            var text = new StringBuilder();
            while (m.find()) {
                bound.add(values.get(Integer.parseInt(m.group(1)) - 1));
                m.appendReplacement(text, "?");
            }
            m.appendTail(text);
            replays.add(new RiskRegisterBench.Statement(text.toString(), bound));
        }
        return replays;
    }

    static void time(String[] args) throws Exception {
        var cases = cases(Path.of(args[4]));
        var captured = Path.of(args[5]);
        int warmup = Integer.parseInt(args[7]);
        int rounds = Integer.parseInt(args[8]);
        try (var jdbc = DriverManager.getConnection(args[6])) {
            System.out.println("| request | statements (matrix's) | HTTP p50 | HTTP p95 | SQL p50 | SQL p95 | HTTP/SQL p50 |"
                    + " HTTP/SQL p95 |");
            System.out.println("|---|---|---|---|---|---|---|---|");
            for (int n = 0; n < cases.size(); n++) {
                var c = cases.get(n);
                int[] count = new int[1];
                var sql = replays(captured.resolve(String.valueOf(n)), count);
                var request = request(args[1], args[2], args[3], c);
                var times = RiskRegisterBench.inTurns(jdbc, request, sql, warmup, rounds);
                var api = times[0];
                var db = times[1];
                double a50 = RiskRegisterBench.pct(api, 50), a95 = RiskRegisterBench.pct(api, 95);
                double s50 = RiskRegisterBench.pct(db, 50), s95 = RiskRegisterBench.pct(db, 95);
                System.out.printf(
                        "| %s (`%s`) | %d (%d) | %.2f | %.2f | %.2f | %.2f | **%.2f** | **%.2f** |%n",
                        c.name(),
                        c.kind().equals("api") ? "GET /api/v1/competence-matrix" : "GET /training",
                        count[0],
                        sql.size(),
                        a50,
                        a95,
                        s50,
                        s95,
                        a50 / s50,
                        a95 / s95);
            }
        }
    }
}
