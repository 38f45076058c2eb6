import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The client side of bench/stopwork-bell: gives the demo's worker and line manager API tokens, holds the manager's
 * bell open, and times each stop the worker raises until the manager's unread count rises.
 */
public class StopWorkBell {

    public static void main(String[] args) throws Exception {
        int stops = Integer.parseInt(args[1]);
        var base = args[2];
        String raiser;
        String listener;
        UUID area;
        UUID whose;
        try (var db = DriverManager.getConnection(args[0], "postgres", "")) {
            raiser = token(db, "worker");
            listener = token(db, "manager");
            area = uuid(db, "select a.id from area a join user_account u on u.person_id = a.owner_id"
                    + " where u.username = 'manager' and a.voided_at is null order by a.code limit 1");
            whose = uuid(db, "select p.organisation_id from person p join user_account u on u.person_id = p.id"
                    + " where u.username = 'worker'");
        }
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        var counts = new LinkedBlockingQueue<long[]>();
        var bell = HttpRequest.newBuilder(URI.create(base + "/api/v1/notifications/stream"))
                .header("Authorization", "Bearer " + listener)
                .header("Accept", "text/event-stream")
                .build();
        http.sendAsync(bell, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> response.body()
                .filter(line -> line.startsWith("data:"))
                .forEach(line -> counts.add(new long[] {System.nanoTime(), Long.parseLong(line.substring(5).trim())})));
        var first = counts.poll(60, TimeUnit.SECONDS);
        if (first == null) {
            throw new IllegalStateException("the manager's bell did not open");
        }
        long unread = first[1];
        var rings = new ArrayList<Double>();
        int missed = 0;
        for (int n = 0; n < stops; n++) {
            var body = ("{\"id\":\"%s\",\"areaId\":\"%s\",\"organisationId\":\"%s\",\"work\":\"Bench lift %d\","
                            + "\"unsafe\":\"Bench: the crane cab is too hot\"}")
                    .formatted(UUID.randomUUID(), area, whose, n);
            long sent = System.nanoTime();
            var answer = http.send(json(base + "/api/v1/stops", raiser, body), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 201) {
                throw new IllegalStateException("stop answered " + answer.statusCode() + ": " + answer.body());
            }
            long[] rang = null;
            long deadline = sent + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                var count = counts.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (count != null && count[1] > unread) {
                    rang = count;
                    break;
                }
            }
            if (rang == null) {
                missed++;
                continue;
            }
            unread = rang[1];
            rings.add((rang[0] - sent) / 1e6);
        }
        rings.sort(Double::compare);
        System.out.printf(Locale.ROOT, "stops raised: %d, bells rung: %d, not rung within 30 s: %d%n", stops,
                rings.size(), missed);
        if (!rings.isEmpty()) {
            double p95 = rings.get((int) Math.ceil(rings.size() * 0.95) - 1);
            System.out.printf(Locale.ROOT,
                    "stop raised → manager's bell: p50 %.0f ms, p95 %.0f ms (limit 2000 ms), max %.0f ms: %s%n",
                    rings.get((int) Math.ceil(rings.size() * 0.5) - 1), p95, rings.get(rings.size() - 1),
                    p95 <= 2000 && missed == 0 ? "PASS" : "FAIL");
        }
        System.exit(0);
    }

    static HttpRequest json(String url, String token, String body) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    /** A new API token of the demo login, written as Tandem stores one (only its hash). */
    static String token(Connection db, String username) throws Exception {
        var secret = "tdm_" + UUID.randomUUID().toString().replace("-", "") + "bench";
        try (var insert = db.prepareStatement("insert into api_token (id, user_account, name, token_hash, prefix,"
                + " created_at) select ?, id, 'bench', ?, ?, now() from user_account where username = ?")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8))));
            insert.setString(3, secret.substring(0, 10));
            insert.setString(4, username);
            if (insert.executeUpdate() != 1) {
                throw new IllegalStateException("no demo login " + username);
            }
        }
        return secret;
    }

    static UUID uuid(Connection db, String sql) throws SQLException {
        try (var rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getObject(1, UUID.class);
        }
    }
}
