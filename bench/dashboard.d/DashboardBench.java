import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The client of bench/dashboard (run with the source launcher and pgjdbc on the class path).
 *
 * <p>{@code dashboard BASE JDBC WARMUP ROUNDS TOKEN SITE CONTRACTOR_TOKEN CONTRACTOR}: for the enterprise, a site and
 * a contractor, times {@code GET /api/v1/figures/dashboard}, hand-written SQL that computes the same figures straight
 * from the tables in one round trip, and {@code GET /api/v1/me} with the same token (what signing in and answering
 * costs by itself), in turns and in rotating order, after a warm-up; checks that the API and the SQL give the same
 * figures; prints p50 and p95 of each.
 *
 * <p>{@code stream BASE LISTEN_TOKEN POST_TOKEN SITE WARMUP N}: keeps {@code /api/v1/figures/stream} open, posts
 * events one at a time and times each from sending the POST to the push arriving.
 */
public class DashboardBench {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        switch (args[0]) {
            case "dashboard" -> dashboard(args);
            case "stream" -> stream(args);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    // ---------------------------------------------------------------- dashboard: API against hand-written SQL

    /** One dashboard to time: who asks through the API, and which rows the SQL narrows to. */
    record Scope(String name, String token, String query, String column, UUID id) {}

    static void dashboard(String[] args) throws Exception {
        var base = args[1];
        int warmup = Integer.parseInt(args[3]);
        int rounds = Integer.parseInt(args[4]);
        var site = UUID.fromString(args[6]);
        var contractor = UUID.fromString(args[8]);
        var scopes = List.of(
                new Scope("enterprise", args[5], "", null, null),
                new Scope("site", args[5], "?site=" + site, "site", site),
                new Scope("contractor", args[7], "?organisation=" + contractor, "organisation", contractor));
        try (var jdbc = DriverManager.getConnection(args[2])) {
            var zone = zone(jdbc);
            for (var scope : scopes) {
                var sql = new FigureSql(jdbc, zone, scope);
                var api = HttpRequest.newBuilder(URI.create(base + "/api/v1/figures/dashboard" + scope.query()))
                        .header("Authorization", "Bearer " + scope.token())
                        .GET()
                        .build();
                var me = HttpRequest.newBuilder(URI.create(base + "/api/v1/me"))
                        .header("Authorization", "Bearer " + scope.token())
                        .GET()
                        .build();
                check(scope, get(api), sql.run());
                // the dashboard, the SQL and the trivial authenticated endpoint, in turns, each first in its turn
                List<Timed> work = List.of(() -> get(api), sql::run, () -> get(me));
                var times = List.of(new ArrayList<Double>(), new ArrayList<Double>(), new ArrayList<Double>());
                for (int round = 0; round < warmup + rounds; round++) {
                    for (int k = 0; k < work.size(); k++) {
                        int which = (round + k) % work.size();
                        double ms = time(work.get(which));
                        if (round >= warmup) {
                            times.get(which).add(ms);
                        }
                    }
                }
                double apiP50 = percentile(times.get(0), 50);
                double apiP95 = percentile(times.get(0), 95);
                double sqlP50 = percentile(times.get(1), 50);
                double sqlP95 = percentile(times.get(1), 95);
                System.out.printf(
                        "%s %.2f %.2f %.2f %.2f %.2f %.2f %.2f %.2f%n",
                        scope.name(),
                        apiP50,
                        apiP95,
                        sqlP50,
                        sqlP95,
                        apiP50 / sqlP50,
                        apiP95 / sqlP95,
                        percentile(times.get(2), 50),
                        percentile(times.get(2), 95));
            }
        }
    }

    interface Timed {
        Object run() throws Exception;
    }

    static double time(Timed work) throws Exception {
        long started = System.nanoTime();
        work.run();
        return (System.nanoTime() - started) / 1e6;
    }

    static String get(HttpRequest request) throws IOException, InterruptedException {
        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    static ZoneId zone(Connection jdbc) throws SQLException {
        try (var statement = jdbc.createStatement();
                var rows = statement.executeQuery("select time_zone from enterprise")) {
            rows.next();
            return ZoneId.of(rows.getString(1));
        }
    }

    /**
     * The dashboard's figures as a person fluent in SQL would compute them from the tables: the twelve months' hours,
     * injuries by class, near misses and reports (the month, the year to date, the rolling twelve months and the
     * trend all come from these), the latest lost-time injury, open and overdue actions, actions closed in each of
     * the three periods and on time, and actions on violations by status in each period. One statement, one round
     * trip, the same indexes as the application's queries.
     */
    static final class FigureSql {

        private final PreparedStatement statement;
        private final Scope scope;

        FigureSql(Connection jdbc, ZoneId zone, Scope scope) throws SQLException {
            this.scope = scope;
            var month = YearMonth.now(zone);
            var first = month.minusMonths(11);
            var boundaries = new ArrayList<String>();
            for (var m = first; !m.isAfter(month.plusMonths(1)); m = m.plusMonths(1)) {
                boundaries.add(start(m, zone).toString());
            }
            String hours = "";
            String injuries = "";
            String events = "";
            String actions = "";
            String last;
            String lti = "i.injury_class in ('FATALITY', 'LOST_TIME')";
            if ("site".equals(scope.column())) {
                hours = " and h.site_id = '" + scope.id() + "'";
                injuries = " and e.site_id = '" + scope.id() + "'";
                events = injuries;
                actions = " and a.site_id = '" + scope.id() + "'";
            } else if ("organisation".equals(scope.column())) {
                hours = " and h.organisation_id = '" + scope.id() + "'";
                injuries = " and i.organisation_id = '" + scope.id() + "'";
                events = " and e.organisation_id = '" + scope.id() + "'";
                actions = " and a.responsible_organisation_id = '" + scope.id() + "'";
            }
            if ("organisation".equals(scope.column())) {
                last = "select max(e.occurred_at) from injury i join safety_event e on e.id = i.safety_event"
                        + " where " + lti + " and e.type = 'INCIDENT' and e.voided_at is null" + injuries;
            } else {
                last = "select e.occurred_at from safety_event e where e.type = 'INCIDENT' and e.voided_at is null"
                        + events + " and exists (select 1 from injury i where i.safety_event = e.id and " + lti
                        + ") order by e.occurred_at desc limit 1";
            }
            // month by month: each month's range of the index, as the application reads it
            String months = "(select b.at as from_at, lead(b.at) over (order by b.n) as to_at, b.n from unnest('{"
                    + String.join(",", boundaries) + "}'::timestamptz[]) with ordinality as b(at, n)) m";
            String boundaryArray = "(select '{" + String.join(",", boundaries) + "}'::timestamptz[])";
            // a site's few incidents have their injuries looked up one by one, the rest joined
            String injured = "site".equals(scope.column())
                    ? "cross join lateral (select i.injury_class, i.days_away, i.organisation_id from injury i"
                            + " where i.safety_event = e.id offset 0) i"
                    : "join injury i on i.safety_event = e.id";
            String from = "'" + start(first, zone) + "'";
            String to = "'" + start(month.plusMonths(1), zone) + "'";
            String monthStart = "'" + start(month, zone) + "'";
            String yearStart = "'" + start(month.withMonth(1), zone) + "'";
            String today = "'" + LocalDate.now(zone) + "'";
            String sql = String.join(
                    "\nunion all\n",
                    "select 'hours' as kind, to_char(h.month, 'YYYY-MM') as key, sum(h.hours) as a,"
                            + " sum(h.average_headcount) as b, 0 as c, 0 as d, 0 as e, 0 as f"
                            + " from hours_worked h where h.month between '" + first.atDay(1) + "' and '"
                            + month.atDay(1) + "'" + hours + " group by h.month",
                    "select 'injuries', width_bucket(e.occurred_at, " + boundaryArray + ")::text,"
                            + " count(*) filter (where i.injury_class = 'FATALITY'),"
                            + " count(*) filter (where i.injury_class = 'LOST_TIME'),"
                            + " count(*) filter (where i.injury_class = 'RESTRICTED_WORK'),"
                            + " count(*) filter (where i.injury_class = 'MEDICAL_TREATMENT'),"
                            + " count(*) filter (where i.injury_class = 'FIRST_AID'), coalesce(sum(i.days_away), 0)"
                            + " from safety_event e " + injured
                            + " where e.type = 'INCIDENT' and e.voided_at is null"
                            + " and e.occurred_at >= " + from + " and e.occurred_at < " + to + injuries
                            + " group by 2",
                    "select 'events', m.n::text, c.*, 0, 0, 0, 0 from " + months + " cross join lateral (select"
                            + " count(*) filter (where e.type = 'NEAR_MISS'),"
                            + " count(*) filter (where e.type <> 'EARLY_WARNING')"
                            + " from safety_event e where e.voided_at is null"
                            + " and e.occurred_at >= m.from_at and e.occurred_at < m.to_at" + events
                            + ") c where m.to_at is not null",
                    "select 'last', to_char((" + last + ") at time zone '" + zone.getId() + "', 'YYYY-MM-DD'),"
                            + " 0, 0, 0, 0, 0, 0",
                    "select 'open', null, count(*), count(*) filter (where a.due_date < " + today + "), 0, 0, 0, 0"
                            + " from corrective_action a where a.voided_at is null"
                            + " and a.status in ('OPEN', 'IN_PROGRESS')" + actions,
                    "select 'closed', null,"
                            + " count(*) filter (where a.done_at >= " + monthStart + "),"
                            + " count(*) filter (where a.done_at >= " + monthStart + " and " + onTime(zone) + "),"
                            + " count(*) filter (where a.done_at >= " + yearStart + "),"
                            + " count(*) filter (where a.done_at >= " + yearStart + " and " + onTime(zone) + "),"
                            + " count(*), count(*) filter (where " + onTime(zone) + ")"
                            + " from corrective_action a where a.voided_at is null"
                            + " and a.status in ('DONE', 'VERIFIED') and a.done_at >= " + from
                            + " and a.done_at < " + to + actions,
                    "select 'violations', a.status,"
                            + " count(*) filter (where a.created_at >= " + monthStart + "),"
                            + " count(*) filter (where a.created_at >= " + yearStart + "), count(*), 0, 0, 0"
                            + " from corrective_action a where a.voided_at is null and a.source_category = 'VIOLATION'"
                            + " and a.created_at >= " + from + " and a.created_at < " + to + actions
                            + " group by a.status");
            this.statement = jdbc.prepareStatement(sql);
        }

        private static String onTime(ZoneId zone) {
            return "(a.done_at at time zone '" + zone.getId() + "')::date <= a.due_date";
        }

        /** The figures by kind and key; the numbers as the query gave them. */
        Map<String, double[]> run() throws SQLException {
            var figures = new LinkedHashMap<String, double[]>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    var values = new double[6];
                    for (int i = 0; i < 6; i++) {
                        values[i] = rows.getDouble(3 + i);
                    }
                    figures.put(rows.getString(1) + " " + rows.getString(2), values);
                }
            }
            return figures;
        }

        static Instant start(YearMonth month, ZoneId zone) {
            return month.atDay(1).atStartOfDay(zone).toInstant();
        }
    }

    /**
     * The rolling twelve months of both must agree: lost-time injuries, recordables, near misses, reports, hours,
     * the latest lost-time injury, open, overdue, closed and on-time actions, and violation actions by status.
     */
    static void check(Scope scope, String json, Map<String, double[]> sql) {
        var rolling = json.substring(json.indexOf("\"rolling12\":"), json.indexOf("\"trend\":"));
        double fatalities = sum(sql, "injuries", 0);
        double lostTime = sum(sql, "injuries", 1);
        var expected = new LinkedHashMap<String, Double>();
        expected.put("kpi.figure.ltifr\",\"count", fatalities + lostTime);
        expected.put("kpi.figure.trifr\",\"count", fatalities + lostTime + sum(sql, "injuries", 2) + sum(sql, "injuries", 3));
        expected.put("kpi.figure.nearMisses\",\"value", sum(sql, "events", 0));
        expected.put("kpi.figure.reportingRate\",\"count", sum(sql, "events", 1));
        expected.put("kpi.figure.openActions\",\"value", sql.get("open null")[0]);
        expected.put("kpi.figure.overdueActions\",\"value", sql.get("open null")[1]);
        expected.put("kpi.figure.closedActions\",\"value", sql.get("closed null")[4]);
        expected.put("kpi.figure.closedOnTime\",\"value", sql.get("closed null")[5]);
        for (var status : List.of("open", "inProgress", "done", "verified")) {
            var key = "violations " + status.replaceAll("([A-Z])", "_$1").toUpperCase(Locale.ROOT);
            expected.put("kpi.figure.violations." + status + "\",\"value", sql.containsKey(key) ? sql.get(key)[2] : 0);
        }
        for (var figure : expected.entrySet()) {
            var matcher = Pattern.compile(Pattern.quote(figure.getKey()) + "\":(\\d+)").matcher(rolling);
            if (!matcher.find() || Double.parseDouble(matcher.group(1)) != figure.getValue()) {
                throw new IllegalStateException(scope.name() + ": the API says " + (matcher.find(0) ? matcher.group(1) : "nothing")
                        + " for " + figure.getKey() + ", the SQL " + figure.getValue());
            }
        }
        var hours = Pattern.compile("\"hoursWorked\":([\\d.]+)").matcher(rolling);
        if (!hours.find() || Math.abs(Double.parseDouble(hours.group(1)) - sum(sql, "hours", 0)) > 0.5) {
            throw new IllegalStateException(scope.name() + ": hours differ: " + sum(sql, "hours", 0));
        }
        var lastCase = Pattern.compile("\"lastCase\":\"?([\\d-]+|null)").matcher(rolling);
        var sqlLast = sql.keySet().stream().filter(k -> k.startsWith("last ")).findFirst().orElse("last null");
        if (!lastCase.find() || !sqlLast.equals("last " + lastCase.group(1))) {
            throw new IllegalStateException(scope.name() + ": the latest LTI differs: " + sqlLast);
        }
        System.err.printf(
                "%s: API and SQL agree on the rolling twelve months (%.0f LTIs, %.0f reports, %.0f h, %.0f open actions)%n",
                scope.name(), fatalities + lostTime, sum(sql, "events", 1), sum(sql, "hours", 0), sql.get("open null")[0]);
    }

    static double sum(Map<String, double[]> sql, String kind, int column) {
        return sql.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(kind + " "))
                .mapToDouble(entry -> entry.getValue()[column])
                .sum();
    }

    static double percentile(List<Double> values, int percent) {
        var sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    // ---------------------------------------------------------------- stream: from a POST to the push

    static void stream(String[] args) throws Exception {
        var base = args[1];
        var listenToken = args[2];
        var postToken = args[3];
        var site = args[4];
        int warmup = Integer.parseInt(args[5]);
        int count = Integer.parseInt(args[6]);
        BlockingQueue<Long> pushes = new LinkedBlockingQueue<>();
        var listen = HttpRequest.newBuilder(URI.create(base + "/api/v1/figures/stream"))
                .header("Authorization", "Bearer " + listenToken)
                .header("Accept", "text/event-stream")
                .GET()
                .build();
        var open = HTTP.sendAsync(listen, HttpResponse.BodyHandlers.ofLines());
        var lines = open.get(10, TimeUnit.SECONDS);
        if (lines.statusCode() != 200) {
            throw new IllegalStateException("the stream answered " + lines.statusCode());
        }
        var reader = new Thread(() -> {
            String event = null;
            for (var it = lines.body().iterator(); it.hasNext(); ) {
                var line = it.next();
                if (line.startsWith("event:")) {
                    event = line.substring(6).trim();
                } else if (line.startsWith("data:") && "changed".equals(event)) {
                    pushes.add(System.nanoTime());
                } else if (line.isEmpty()) {
                    event = null;
                }
            }
        });
        reader.setDaemon(true);
        reader.start();
        Thread.sleep(500);
        pushes.clear();
        var pushTimes = new ArrayList<Double>();
        var postTimes = new ArrayList<Double>();
        for (int n = 0; n < warmup + count; n++) {
            var body = "{\"id\":\"" + UUID.randomUUID() + "\",\"type\":\"HAZARD\",\"siteId\":\"" + site
                    + "\",\"description\":\"Stream benchmark report " + n + "\"}";
            var post = HttpRequest.newBuilder(URI.create(base + "/api/v1/events"))
                    .header("Authorization", "Bearer " + postToken)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            long sent = System.nanoTime();
            var response = HTTP.send(post, HttpResponse.BodyHandlers.ofString());
            long answered = System.nanoTime();
            if (response.statusCode() != 201) {
                throw new IllegalStateException("POST answered " + response.statusCode() + ": " + response.body());
            }
            var pushed = pushes.poll(10, TimeUnit.SECONDS);
            if (pushed == null) {
                throw new IllegalStateException("no push within 10 s of report " + n);
            }
            if (n >= warmup) {
                pushTimes.add((pushed - sent) / 1e6);
                postTimes.add((answered - sent) / 1e6);
            }
            Thread.sleep(50);
            pushes.clear();
        }
        System.out.printf(
                "stream %.2f %.2f %.2f %.2f %.2f%n",
                percentile(pushTimes, 50),
                percentile(pushTimes, 95),
                Arrays.stream(pushTimes.toArray(Double[]::new)).mapToDouble(Double::doubleValue).max().orElse(0),
                percentile(postTimes, 50),
                percentile(postTimes, 95));
        open.cancel(true);
    }
}
