import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * The client side of bench/offline-inspection: publishes a 40-question checklist as the safety department, signs the
 * line manager in as a browser does and syncs inspections as the phone's outbox does; then counts what was stored.
 */
public class OfflineInspectionBench {

    static final int QUESTIONS = 40;
    static final int PHOTOS = 10;
    static final HttpClient API = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        int count = Integer.parseInt(args[1]);
        var base = args[2];
        try (var db = DriverManager.getConnection(args[0], "postgres", "")) {
            var template = publish(base, token(base, "hse"));
            var site = uuid(db, "select a.site_id from area a join user_account u on u.person_id = a.owner_id"
                    + " where u.username = 'manager' order by a.code limit 1");
            var area = uuid(db, "select a.id from area a join user_account u on u.person_id = a.owner_id"
                    + " where u.username = 'manager' order by a.code limit 1");
            var owner = uuid(db, "select person_id from user_account where username = 'manager'");
            var phone = signedIn(base, "manager");
            var photos = new ArrayList<byte[]>();
            var random = new Random(17);
            for (int i = 0; i < PHOTOS; i++) {
                photos.add(photo(random));
            }
            var synced = new long[count];
            var repeated = new long[count];
            var ids = new ArrayList<UUID>();
            long bytes = 0;
            for (int n = -3; n < count; n++) {
                var id = UUID.randomUUID();
                var body = multipart(inspection(id, template, site, area, owner), photos);
                bytes = body.length;
                long start = System.nanoTime();
                send(phone, base, body, 201);
                long first = System.nanoTime() - start;
                start = System.nanoTime();
                send(phone, base, body, 200);
                long again = System.nanoTime() - start;
                if (n >= 0) {
                    synced[n] = first;
                    repeated[n] = again;
                    ids.add(id);
                }
            }
            Arrays.sort(synced);
            Arrays.sort(repeated);
            var stored = stored(db, ids);
            var load = new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/loadavg")))
                    .split(" ");
            System.out.printf(
                    """
                    ### An inspection of 40 questions with 10 photos, completed offline and synced (bench/offline-inspection %d), on %s

                    Each sync as the phone's outbox sends it: GET /report/token, then POST /audit/field (multipart, %.1f MB:
                    the inspection's 40 answers, 10 failed with a note, a photo and a finding each, and 10 JPEGs of
                    1600 x 1200) until 201; then the same again, as a phone whose answer was lost, until 200. %d
                    inspections after 3 warm-ups, one after another, by the demo's line manager signed in by form.

                    | step | p50 | p95 | max |
                    |---|---|---|---|
                    | sync (token + POST /audit/field, 201: started, answered, 10 photos, 10 findings and actions, completed) | %d ms | %d ms | %d ms |
                    | the same sent again (200: the stored inspection) | %d ms | %d ms | %d ms |

                    Stored: %s. Load average %s before, %s %s %s after.
                    """,
                    count,
                    args[4],
                    bytes / 1e6,
                    count,
                    synced[count / 2] / 1_000_000,
                    synced[count - 1 - count / 20] / 1_000_000,
                    synced[count - 1] / 1_000_000,
                    repeated[count / 2] / 1_000_000,
                    repeated[count - 1 - count / 20] / 1_000_000,
                    repeated[count - 1] / 1_000_000,
                    stored,
                    args[3],
                    load[0],
                    load[1],
                    load[2]);
        }
    }

    /** Drafts and publishes the checklist through the API as the safety department; answers its id. */
    static UUID publish(String base, String token) throws Exception {
        var questions = new ArrayList<String>();
        for (int q = 1; q <= QUESTIONS; q++) {
            var name = "q%02d".formatted(q);
            var label = "\"labelEn\": \"Check %d of the bay\", \"labelRu\": \"Проверка %d пролёта\", \"sectionEn\":"
                            .formatted(q, q)
                    + " \"Section %d\", \"sectionRu\": \"Раздел %d\", \"required\": true".formatted(q / 10, q / 10);
            if (q <= 30) {
                var no = "{\"==\": [{\"var\": \"%s\"}, \"no\"]}".formatted(name);
                questions.add("{\"name\": \"%s\", \"type\": \"YES_NO\", %s, \"weight\": %d, \"requirePhotoWhen\": %s,"
                                .formatted(name, label, 1 + q % 3, no)
                        + " \"requireActionWhen\": %s, \"requireNoteWhen\": %s}".formatted(no, no));
            } else if (q <= 35) {
                questions.add("{\"name\": \"%s\", \"type\": \"NUMBER\", %s, \"minimum\": 0, \"maximum\": 100}"
                        .formatted(name, label));
            } else {
                questions.add(("{\"name\": \"%s\", \"type\": \"CHOICE\", %s, \"choices\": [{\"value\": \"good\","
                                + " \"labelEn\": \"Good\", \"labelRu\": \"Хорошо\", \"score\": 2}, {\"value\": \"poor\","
                                + " \"labelEn\": \"Poor\", \"labelRu\": \"Плохо\", \"score\": -1}]}")
                        .formatted(name, label));
            }
        }
        var draft = API.send(
                json(base + "/api/v1/checklist-templates", token)
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"title\": \"Bench: 40 questions %s\", \"questions\": [%s]}"
                                        .formatted(UUID.randomUUID(), String.join(", ", questions))))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (draft.statusCode() != 201) {
            throw new IllegalStateException("draft: " + draft.statusCode() + " " + draft.body());
        }
        var id = UUID.fromString(field(draft.body(), "id"));
        var published = API.send(
                json(base + "/api/v1/checklist-templates/" + id + "/publish", token)
                        .header("If-Match", draft.headers().firstValue("ETag").orElseThrow())
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (published.statusCode() != 200) {
            throw new IllegalStateException("publish: " + published.statusCode() + " " + published.body());
        }
        return id;
    }

    /** A browser's session: the sign-in form with its CSRF token, then the session's cookie. */
    static HttpClient signedIn(String base, String username) throws Exception {
        var browser = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        var page = browser.send(
                HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString());
        var form = "username=%s&password=tandem-demo&_csrf=%s"
                .formatted(username, URLEncoder.encode(csrf(page.body()), StandardCharsets.UTF_8));
        var signed = browser.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (signed.uri().getPath().startsWith("/login")) {
            throw new IllegalStateException("sign-in failed for " + username);
        }
        return browser;
    }

    /** One sync of the outbox: the current token, then the inspection; fails unless the server answers as expected. */
    static void send(HttpClient phone, String base, byte[] body, int expected) throws Exception {
        var token = phone.send(
                HttpRequest.newBuilder(URI.create(base + "/report/token"))
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var answer = phone.send(
                HttpRequest.newBuilder(URI.create(base + "/audit/field"))
                        .header("Accept", "application/json")
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .header(field(token.body(), "header"), field(token.body(), "token"))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expected) {
            throw new IllegalStateException("sync: " + answer.statusCode() + " " + answer.body());
        }
    }

    /** The inspection as field-inspection.js writes it: 40 answers, the first 10 yes/no failed with finding each. */
    static String inspection(UUID id, UUID template, UUID site, UUID area, UUID owner) {
        var answers = new ArrayList<String>();
        var notes = new ArrayList<String>();
        var findings = new ArrayList<String>();
        for (int q = 1; q <= QUESTIONS; q++) {
            var name = "q%02d".formatted(q);
            if (q <= PHOTOS) {
                answers.add("\"%s\": \"no\"".formatted(name));
                notes.add("\"%s\": \"Seen on the round, bay %d\"".formatted(name, q));
                findings.add(("{\"question\": \"%s\", \"note\": \"Seen on the round\", \"title\": \"Put right %s\","
                                + " \"ownerPersonId\": \"%s\"}")
                        .formatted(name, name, owner));
            } else if (q <= 30) {
                answers.add("\"%s\": \"yes\"".formatted(name));
            } else if (q <= 35) {
                answers.add("\"%s\": \"%d\"".formatted(name, q));
            } else {
                answers.add("\"%s\": \"good\"".formatted(name));
            }
        }
        return ("{\"id\": \"%s\", \"templateId\": \"%s\", \"templateVersion\": 1, \"siteId\": \"%s\", \"areaId\":"
                        + " \"%s\", \"conductedBy\": \"Bench\", \"answers\": {%s}, \"notes\": {%s}, \"findings\": [%s]}")
                .formatted(
                        id,
                        template,
                        site,
                        area,
                        String.join(", ", answers),
                        String.join(", ", notes),
                        String.join(", ", findings));
    }

    static final String BOUNDARY = "----tandem-bench-" + UUID.randomUUID();

    static byte[] multipart(String inspection, List<byte[]> photos) throws Exception {
        var out = new ByteArrayOutputStream();
        part(out, "id", null, inspection.substring(8, 44).getBytes(StandardCharsets.UTF_8));
        part(out, "inspection", null, inspection.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < photos.size(); i++) {
            part(out, "photo.q%02d".formatted(i + 1), "photo.jpg", photos.get(i));
        }
        out.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static void part(ByteArrayOutputStream out, String name, String file, byte[] content) throws Exception {
        var head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (file == null ? "" : "; filename=\"" + file + "\"\r\nContent-Type: image/jpeg") + "\r\n\r\n";
        out.write(head.getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    /** A 1600 x 1200 JPEG with some texture, about the size the phone makes of a camera's photo. */
    static byte[] photo(Random random) throws Exception {
        var image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        var pen = image.createGraphics();
        for (int i = 0; i < 4000; i++) {
            pen.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
            pen.fillRect(random.nextInt(1600), random.nextInt(1200), 5 + random.nextInt(60), 5 + random.nextInt(60));
        }
        pen.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    static String stored(Connection db, List<UUID> ids) throws Exception {
        try (var query = db.prepareStatement(
                """
                select count(*) filter (where i.status = 'COMPLETED'),
                       min((select count(*) from audit_inspection_photo p where p.inspection_id = i.id)),
                       min((select count(*) from audit_inspection_finding f where f.audit_inspection = i.id)),
                       min((select count(*) from corrective_action a where a.source_id = i.id))
                from audit_inspection i where i.id = any (?)""")) {
            query.setArray(1, db.createArrayOf("uuid", ids.toArray()));
            try (var rs = query.executeQuery()) {
                rs.next();
                return "%d of %d inspections completed, each with at least %d photos, %d findings and %d actions"
                        .formatted(rs.getLong(1), ids.size(), rs.getLong(2), rs.getLong(3), rs.getLong(4));
            }
        }
    }

    static HttpRequest.Builder json(String url, String token) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .header("Content-Type", "application/json");
    }

    static String field(String json, String name) {
        var matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return matcher.group(1);
    }

    /** A personal API token of the demo login, made the way a person makes one on their account's page. */
    static String token(String base, String username) throws Exception {
        var browser = signedIn(base, username);
        var account = browser.send(
                HttpRequest.newBuilder(URI.create(base + "/account")).build(), HttpResponse.BodyHandlers.ofString());
        var made = browser.send(
                HttpRequest.newBuilder(URI.create(base + "/account/tokens"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("name=bench&_csrf="
                                + URLEncoder.encode(csrf(account.body()), StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var token = Pattern.compile("tdm_[A-Za-z0-9_-]+").matcher(made.body());
        if (!token.find()) {
            throw new IllegalStateException("no API token made for " + username);
        }
        return token.group();
    }

    static String csrf(String page) {
        var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return csrf.group(1);
    }

    static UUID uuid(Connection db, String sql) throws Exception {
        try (var rs = db.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getObject(1, UUID.class);
        }
    }
}
