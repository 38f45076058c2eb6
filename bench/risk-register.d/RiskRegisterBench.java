import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The client of bench/risk-register (run with the source launcher, the application's libraries on the class path).
 *
 * <p>{@code register BASE JDBC WARMUP ROUNDS TOKEN SITE}: the register's list (filtered and sorted) and heat map, each
 * through the API and as the same SQL statements the application runs (a list's page and count in one statement, a heat
 * map's counts in one), in turns after a warm-up; prints p50 and p95. The API is timed as the SQL is, by a blocking call
 * in this thread (PlainHttp.java), and with {@code JDK_CLIENT=1} through the JDK's HttpClient beside it. {@code CASES=1,2,5} times only those
 * requests (1-based).
 *
 * <p>{@code export BASE TOKEN}: the whole register as xlsx, streamed to nowhere: time to the first and the last byte.
 *
 * <p>{@code workbook JDBC ROWS FILE [SITE]}: writes a workbook of ROWS new risks in the template's columns, naming the
 * plant's sites, areas, categories and owners (of one site when SITE is given).
 *
 * <p>{@code import BASE TOKEN FILE}: uploads it to {@code POST /api/v1/risks/imports}; prints the time and the answer.
 */
public class RiskRegisterBench {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /**
     * RiskQueries' FROM, its columns (each name looked up by a subquery of its own) and default order, as the application
     * sends them; a list's total is counted over the same FROM.
     */
    private static final String FROM = "risk_entry r";

    private static final String COLUMNS =
            """
            r.id, r.external_id, r.site_id, (select s.name from site s where s.id = r.site_id) as site_name, r.area_id,
            (select a.name from area a where a.id = r.area_id) as area_name, r.activity, r.hazard_category_id,
            (select c.code from hazard_category c where c.id = r.hazard_category_id) as category_code,
            (select c.name_en from hazard_category c where c.id = r.hazard_category_id) as category_en,
            (select c.name_ru from hazard_category c where c.id = r.hazard_category_id) as category_ru,
            r.hazard, r.unwanted_event, r.consequence, r.owner_person_id,
            (select p.full_name from person p where p.id = r.owner_person_id) as owner_name, r.review_date,
            r.fatal, r.status, r.likelihood, r.severity, r.band, r.residual_likelihood, r.residual_severity,
            r.residual_band, r.voided_at is null and r.review_date <=
              (select (cast(? as timestamptz) at time zone e.time_zone)::date from enterprise e limit 1) as due_for_review,
            r.voided_at is not null as voided""";

    /** The current matrix, which a heat map's statement names beside its counts. */
    private static final String MATRIX = "(select id from risk_matrix order by number desc limit 1)";

    private static final String BAND_RANK = "r.band_rank";
    private static final String ORDER = "r.fatal desc, " + BAND_RANK
            + " desc nulls last, r.severity desc nulls last, r.likelihood desc nulls last, r.created_at, r.id";

    /**
     * A page of 20 and the count of all the list selects, in the one statement {@code ListQuery.page} sends: the count,
     * and joined to it the page (chosen among the register's rows before their names are looked up), numbered in the
     * order it comes in. The page's size and offset are written into the text, as {@code Paging.limit} writes them:
     * no offset on the first page.
     */
    static Statement list(String where, String order, List<Object> whereParams, Object today, long offset) {
        var params = new ArrayList<Object>(whereParams);
        params.add(today);
        params.addAll(whereParams);
        return new Statement(
                "select counted.total as listed_total, listed.* from (select count(*) as total from " + FROM + where
                        + ") counted left join lateral (select row_number() over () as listed_row, paged.* from (select "
                        + COLUMNS + " from (select r.* from " + FROM + where + " order by " + order
                        + " limit 20" + (offset == 0 ? "" : " offset " + offset)
                        + ") r) paged) listed on true order by listed.listed_row",
                params);
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        switch (args[0]) {
            case "register" -> register(args);
            case "export" -> export(args);
            case "workbook" -> workbook(args);
            case "import" -> upload(args);
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /** One request to time, and the statements it runs: each with its parameters, in order. */
    record Case(String name, String path, List<Statement> sql) {}

    record Statement(String sql, List<Object> params) {}

    /**
     * The five requests timed, each with the statements the application runs for it, and a sixth beside them: the
     * floor, what a list request costs around a statement that finds nothing.
     */
    static List<Case> cases(UUID site, Object today) {
        // as RiskQueries writes them: "true" stands where the filter asks for no review date
        var where = " where r.site_id = ? and r.status = ? and true and r.voided_at is null";
        var fatal = " where r.fatal and true and r.voided_at is null";
        return List.of(
                new Case(
                        "list: a site, ASSESSED, by band",
                        "/api/v1/risks?siteId=" + site + "&status=ASSESSED&sort=band,desc&size=20",
                        List.of(list(where, BAND_RANK + " desc, " + ORDER, List.of(site, "ASSESSED"), today, 0))),
                new Case(
                        "list: enterprise, fatal, by severity",
                        "/api/v1/risks?fatal=true&sort=severity,desc&size=20",
                        List.of(list(fatal, "coalesce(r.severity, 0) desc, " + ORDER, List.of(), today, 0))),
                new Case(
                        "list: enterprise, page 100, default order",
                        "/api/v1/risks?page=100&size=20",
                        List.of(list(" where true and r.voided_at is null", ORDER, List.of(), today, 2000))),
                new Case(
                        "heat map: enterprise, before measures",
                        "/api/v1/risks/heat-map",
                        List.of(new Statement(
                                "select " + MATRIX + " as matrix_id, r.likelihood as likelihood,"
                                        + " r.severity as severity, count(*) as count from "
                                        + FROM + " where true and r.voided_at is null and r.likelihood is not null"
                                        + " group by r.likelihood, r.severity",
                                List.of()))),
                new Case(
                        "heat map: a site, after measures",
                        "/api/v1/risks/heat-map?siteId=" + site + "&stage=RESIDUAL",
                        List.of(new Statement(
                                "select " + MATRIX + " as matrix_id, r.residual_likelihood as likelihood,"
                                        + " r.residual_severity as severity,"
                                        + " count(*) as count from " + FROM + " where r.site_id = ?"
                                        + " and true and r.voided_at is null and r.residual_likelihood is not null"
                                        + " group by r.residual_likelihood, r.residual_severity",
                                List.of(site)))),
                // the fixed cost of a list request: the same path, its statement finds nothing (no site has this id)
                new Case(
                        "floor: a list of no site, nothing found",
                        "/api/v1/risks?siteId=" + NO_SITE + "&status=ASSESSED&sort=band,desc&size=20",
                        List.of(list(where, BAND_RANK + " desc, " + ORDER, List.of(NO_SITE, "ASSESSED"), today, 0))));
    }

    /** The id of no site: a list of its risks runs the list's statement, which finds none. */
    private static final UUID NO_SITE = new UUID(0, 0);

    static void register(String[] args) throws Exception {
        var base = URI.create(args[1]);
        int warmup = Integer.parseInt(args[3]);
        int rounds = Integer.parseInt(args[4]);
        var token = args[5];
        var site = UUID.fromString(args[6]);
        try (var jdbc = DriverManager.getConnection(args[2]);
                var plain = new PlainHttp(base, token)) {
            var cases = cases(site, java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC));
            // the JDK's HttpClient only when asked: a third request in every round leaves the API's next request to
            // a server thread and a database connection the other one warmed, which the SQL's turn does not pay
            boolean jdkClient = "1".equals(System.getenv("JDK_CLIENT"));
            System.out.println("| request | API p50 | API p95 | SQL p50 | SQL p95 | API/SQL p50 | API/SQL p95"
                    + (jdkClient ? " | JDK client p50 / p95 | its API/SQL p50 / p95 |" : " |"));
            System.out.println("|---|---|---|---|---|---|---|" + (jdkClient ? "---|---|" : ""));
            var chosen = System.getenv().getOrDefault("CASES", "");
            for (int k = 0; k < cases.size(); k++) {
                var c = cases.get(k);
                if (!chosen.isBlank() && !Arrays.asList(chosen.split(",")).contains(String.valueOf(k + 1))) {
                    continue;
                }
                var request = HttpRequest.newBuilder(base.resolve(c.path()))
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build();
                List<Turns.Timed> ways = jdkClient
                        ? List.of(() -> plain.get(c.path()), () -> timeSql(jdbc, c.sql()), () -> timeApi(request))
                        : List.of(() -> plain.get(c.path()), () -> timeSql(jdbc, c.sql()));
                var times = Turns.inTurns(ways, warmup, rounds);
                double a50 = Turns.pct(times[0], 50), a95 = Turns.pct(times[0], 95);
                double s50 = Turns.pct(times[1], 50), s95 = Turns.pct(times[1], 95);
                System.out.printf(
                        "| %s | %.2f | %.2f | %.2f | %.2f | **%.2f** | **%.2f** |",
                        c.name(), a50, a95, s50, s95, a50 / s50, a95 / s95);
                if (jdkClient) {
                    double j50 = Turns.pct(times[2], 50), j95 = Turns.pct(times[2], 95);
                    System.out.printf(" %.2f / %.2f | %.2f / %.2f |", j50, j95, j50 / s50, j95 / s95);
                }
                System.out.println();
            }
        }
    }

    static double timeApi(HttpRequest request) throws Exception {
        long start = System.nanoTime();
        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
        double ms = (System.nanoTime() - start) / 1e6;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return ms;
    }

    static double timeSql(Connection jdbc, List<Statement> statements) throws SQLException {
        long start = System.nanoTime();
        for (var statement : statements) {
            try (PreparedStatement ps = jdbc.prepareStatement(statement.sql())) {
                for (int i = 0; i < statement.params().size(); i++) {
                    var value = statement.params().get(i);
                    ps.setObject(i + 1, value instanceof LocalDate day ? java.sql.Date.valueOf(day) : value);
                }
                try (var rows = ps.executeQuery()) {
                    Turns.readEveryValue(rows);
                }
            }
        }
        return (System.nanoTime() - start) / 1e6;
    }

    // ---------------------------------------------------------------- export

    static void export(String[] args) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(args[1] + "/api/v1/risks/export?format=xlsx"))
                .header("Authorization", "Bearer " + args[2])
                .GET()
                .build();
        long start = System.nanoTime();
        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        double first = -1;
        try (InputStream in = response.body()) {
            var buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                if (first < 0) {
                    first = (System.nanoTime() - start) / 1e9;
                }
                bytes += n;
            }
        }
        double total = (System.nanoTime() - start) / 1e9;
        System.out.printf("export %d %.2f %.2f %d%n", response.statusCode(), first, total, bytes);
    }

    // ---------------------------------------------------------------- a workbook to import, and its upload

    static void workbook(String[] args) throws Exception {
        int rows = Integer.parseInt(args[2]);
        var file = Path.of(args[3]);
        var site = args.length > 4 && !args[4].isBlank() ? UUID.fromString(args[4]) : null;
        var places = new ArrayList<String[]>();
        var categories = new ArrayList<String>();
        var owners = new ArrayList<String>();
        try (var jdbc = DriverManager.getConnection(args[1])) {
            try (var ps = jdbc.prepareStatement("select s.name, a.name from area a join site s on s.id = a.site_id"
                    + " where a.voided_at is null and s.voided_at is null and (cast(? as uuid) is null or s.id = ?)"
                    + " order by s.name, a.name")) {
                ps.setObject(1, site);
                ps.setObject(2, site);
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        places.add(new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
            }
            try (var st = jdbc.createStatement();
                    var rs = st.executeQuery("select name_en from hazard_category where voided_at is null")) {
                while (rs.next()) {
                    categories.add(rs.getString(1));
                }
            }
            // owners whose names nobody else of the owner company shares, so a name alone names them
            try (var st = jdbc.createStatement();
                    var rs = st.executeQuery("select p.full_name from person p join organisation o"
                            + " on o.id = p.organisation_id where o.kind = 'OWNER' and p.voided_at is null"
                            + " group by p.full_name having count(*) = 1 order by p.full_name limit 500")) {
                while (rs.next()) {
                    owners.add(rs.getString(1));
                }
            }
        }
        var headers = List.of(
                "External id", "Site", "Area", "Activity or job step", "Hazard category", "Hazard",
                "Unwanted event", "Consequence", "Owner", "Review date", "Fatal", "Likelihood", "Severity");
        var run = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
        try (var workbook = new SXSSFWorkbook(200);
                OutputStream out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("Risks");
            var header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(headers.get(c));
            }
            var random = new java.util.Random(7);
            var today = LocalDate.now();
            for (int n = 0; n < rows; n++) {
                var row = sheet.createRow(n + 1);
                var place = places.get(n % places.size());
                row.createCell(0).setCellValue("IMP-" + run + "-" + n);
                row.createCell(1).setCellValue(place[0]);
                row.createCell(2).setCellValue(place[1]);
                row.createCell(3).setCellValue("Imported activity " + n);
                row.createCell(4).setCellValue(categories.get(n % categories.size()));
                row.createCell(5).setCellValue("Imported hazard " + n);
                row.createCell(6).setCellValue("Unwanted event " + (n % 97));
                row.createCell(7).setCellValue("Consequence " + (n % 31));
                row.createCell(8).setCellValue(owners.get(n % owners.size()));
                row.createCell(9).setCellValue(today.plusDays(30 + random.nextInt(365)).toString());
                row.createCell(10).setCellValue(n % 250 == 0 ? "yes" : "no");
                if (n % 5 != 0) {
                    row.createCell(11).setCellValue(1 + random.nextInt(5));
                    row.createCell(12).setCellValue(1 + random.nextInt(5));
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
        System.out.printf("workbook %d %d%n", rows, Files.size(file));
    }

    static void upload(String[] args) throws Exception {
        var file = Path.of(args[3]);
        var boundary = "bench" + UUID.randomUUID();
        var head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"risks.xlsx\"\r\n"
                        + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        var tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        long length = head.length + Files.size(file) + tail.length;
        var request = HttpRequest.newBuilder(URI.create(args[1] + "/api/v1/risks/imports"))
                .header("Authorization", "Bearer " + args[2])
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> {
                            try {
                                return new SequenceInputStream(Collections.enumeration(List.of(
                                        new java.io.ByteArrayInputStream(head),
                                        Files.newInputStream(file),
                                        new java.io.ByteArrayInputStream(tail))));
                            } catch (java.io.IOException e) {
                                throw new java.io.UncheckedIOException(e);
                            }
                        }),
                        length))
                .build();
        long start = System.nanoTime();
        var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        var body = response.body();
        System.out.printf(
                "import %d %.2f %s%n",
                response.statusCode(),
                seconds,
                body.length() > 300 ? body.substring(0, 300) : body);
    }
}
