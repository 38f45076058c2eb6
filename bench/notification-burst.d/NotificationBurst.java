import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The client side of bench/notification-burst. "setup" writes the bench recipients (people, accounts, roles, API
 * tokens) into Tandem's database; "run" opens the bell's stream for some of them, reports one hazard as the head of
 * safety, and measures report → all notifications stored, and report → each open page's bell ringing.
 */
public class NotificationBurst {

    public static void main(String[] args) throws Exception {
        var jdbc = args[1];
        int recipients = Integer.parseInt(args[2]);
        int pages = Integer.parseInt(args[3]);
        var tokens = Path.of(args[4]);
        try (var db = DriverManager.getConnection(jdbc, "postgres", "")) {
            if (args[0].equals("setup")) {
                setup(db, recipients, pages, tokens);
            } else {
                run(db, recipients, Files.readAllLines(tokens), args[5]);
            }
        }
    }

    static void setup(Connection db, int recipients, int pages, Path tokenFile) throws Exception {
        try (var rs = db.createStatement()
                .executeQuery("select u.username, count(n.id), count(n.id) filter (where n.acknowledged_at is null)"
                        + " from user_account u left join notification n on n.recipient_person_id = u.person_id"
                        + " group by u.username order by u.username")) {
            System.out.println("the demo plant's logins before the burst (notifications, unread):");
            while (rs.next()) {
                System.out.printf("  %-20s %5d %5d%n", rs.getString(1), rs.getLong(2), rs.getLong(3));
            }
        }
        db.setAutoCommit(false);
        UUID owner;
        try (var rs = db.createStatement().executeQuery("select id from organisation where kind = 'OWNER'")) {
            rs.next();
            owner = rs.getObject(1, UUID.class);
        }
        var person = db.prepareStatement("insert into person (id, organisation_id, full_name, position, version)"
                + " values (?, ?, ?, 'Bench HSE specialist', 0)");
        var account = db.prepareStatement("insert into user_account (id, username, password_hash, person_id, enabled,"
                + " password_changed_at, version) values (?, ?, '{noop}unusable', ?, true, now(), 0)");
        var role = db.prepareStatement("insert into user_role (user_account, role) values (?, 'HSE_SPECIALIST')");
        var token = db.prepareStatement("insert into api_token (id, user_account, name, token_hash, prefix, created_at)"
                + " values (?, ?, 'bench', ?, ?, now())");
        var tokens = new ArrayList<String>();
        for (int n = 0; n < recipients; n++) {
            var personId = UUID.randomUUID();
            var accountId = UUID.randomUUID();
            person.setObject(1, personId);
            person.setObject(2, owner);
            person.setString(3, "Bench Specialist " + n);
            person.addBatch();
            account.setObject(1, accountId);
            account.setString(2, "bench" + n);
            account.setObject(3, personId);
            account.addBatch();
            role.setObject(1, accountId);
            role.addBatch();
            if (n < pages) {
                var secret = "tdm_" + Base64.getUrlEncoder().withoutPadding().encodeToString(
                        UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
                token.setObject(1, UUID.randomUUID());
                token.setObject(2, accountId);
                token.setString(3, sha256(secret));
                token.setString(4, secret.substring(0, 10));
                token.addBatch();
                tokens.add(secret);
            }
        }
        person.executeBatch();
        account.executeBatch();
        role.executeBatch();
        token.executeBatch();
        // the head of safety reports the hazard
        var reporter = "tdm_" + UUID.randomUUID();
        token.setObject(1, UUID.randomUUID());
        token.setObject(2, accountOf(db, "hse"));
        token.setString(3, sha256(reporter));
        token.setString(4, reporter.substring(0, 10));
        token.executeUpdate();
        db.commit();
        tokens.add(0, reporter);
        Files.write(tokenFile, tokens);
    }

    static void run(Connection db, int recipients, List<String> tokens, String base) throws Exception {
        var reporter = tokens.get(0);
        var pageTokens = tokens.subList(1, tokens.size());
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        var rang = new AtomicLongArray(pageTokens.size());
        var connected = new CountDownLatch(pageTokens.size());
        var allRang = new CountDownLatch(pageTokens.size());
        var sent = new long[1];
        for (int n = 0; n < pageTokens.size(); n++) {
            int page = n;
            var request = HttpRequest.newBuilder(URI.create(base + "/api/v1/notifications/stream"))
                    .header("Authorization", "Bearer " + pageTokens.get(n))
                    .header("Accept", "text/event-stream")
                    .build();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> {
                response.body().forEach(line -> {
                    if (!line.startsWith("data:")) {
                        return;
                    }
                    long unread = Long.parseLong(line.substring(5).trim());
                    if (unread == 0) {
                        connected.countDown();
                    } else if (rang.compareAndSet(page, 0, System.nanoTime())) {
                        allRang.countDown();
                    }
                });
            });
        }
        if (!connected.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException(connected.getCount() + " pages did not connect");
        }
        var area = firstArea(db);
        var body = "{\"id\":\"%s\",\"type\":\"HAZARD\",\"areaId\":\"%s\",\"description\":\"Bench burst: steam leak\"}"
                .formatted(UUID.randomUUID(), area);
        var eventId = body.substring(7, 43);
        var report = HttpRequest.newBuilder(URI.create(base + "/api/v1/events"))
                .header("Authorization", "Bearer " + reporter)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        long start = System.nanoTime();
        var answer = http.send(report, HttpResponse.BodyHandlers.ofString());
        long answered = System.nanoTime();
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("report answered " + answer.statusCode() + ": " + answer.body());
        }
        long stored;
        long count = 0;
        var query = db.prepareStatement("select count(*) from notification where record_id = ?::uuid");
        query.setString(1, eventId);
        while (true) {
            try (var rs = query.executeQuery()) {
                rs.next();
                count = rs.getLong(1);
            }
            if (count >= recipients || System.nanoTime() - start > TimeUnit.SECONDS.toNanos(120)) {
                stored = System.nanoTime();
                break;
            }
            Thread.sleep(20);
        }
        allRang.await(30, TimeUnit.SECONDS);
        var rings = new ArrayList<Double>();
        for (int n = 0; n < rang.length(); n++) {
            if (rang.get(n) != 0) {
                rings.add((rang.get(n) - start) / 1e6);
            }
        }
        rings.sort(Double::compare);
        long total = count(db, "select count(*) from notification where record_id = ?::uuid", eventId);
        long distinct = count(db,
                "select count(distinct recipient_person_id) from notification where record_id = ?::uuid", eventId);
        System.out.printf(Locale.ROOT, "report answered in %.0f ms (201)%n", (answered - start) / 1e6);
        System.out.printf(Locale.ROOT, "notifications stored: %d of %d expected, %d distinct recipients%n",
                total, recipients, distinct);
        System.out.printf(Locale.ROOT, "all %d in the inboxes after %.0f ms (limit 10000 ms): %s%n", recipients,
                (stored - start) / 1e6, count >= recipients && stored - start <= 10_000_000_000L ? "PASS" : "FAIL");
        System.out.printf(Locale.ROOT, "open pages rung: %d of %d%n", rings.size(), rang.length());
        if (!rings.isEmpty()) {
            double p95 = rings.get((int) Math.ceil(rings.size() * 0.95) - 1);
            System.out.printf(Locale.ROOT,
                    "first bell after the report: p50 %.0f ms, p95 %.0f ms (limit 2000 ms), max %.0f ms: %s%n",
                    rings.get((int) Math.ceil(rings.size() * 0.5) - 1), p95, rings.get(rings.size() - 1),
                    p95 <= 2000 && rings.size() == rang.length() ? "PASS" : "FAIL");
        }
        System.exit(0);
    }

    static long count(Connection db, String sql, String id) throws SQLException {
        try (var statement = db.prepareStatement(sql)) {
            statement.setString(1, id);
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static UUID accountOf(Connection db, String username) throws SQLException {
        try (var statement = db.prepareStatement("select id from user_account where username = ?")) {
            statement.setString(1, username);
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getObject(1, UUID.class);
            }
        }
    }

    static UUID firstArea(Connection db) throws SQLException {
        try (var rs = db.createStatement()
                .executeQuery("select a.id from area a join site s on s.id = a.site_id"
                        + " where a.voided_at is null order by s.code, a.code limit 1")) {
            rs.next();
            return rs.getObject(1, UUID.class);
        }
    }

    static String sha256(String secret) throws Exception {
        return HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    }
}
