import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.UUID;

/** See bench/notification-mail. */
public class NotificationMail {

    public static void main(String[] args) throws Exception {
        var jar = args[0];
        var work = new File(args[1]);
        var messages = Integer.parseInt(args[2]);
        var crash = args.length > 3 && args[3].equals("crash");
        int smtpPort = freePort(), httpPort = freePort(), pgPort = freePort();
        var smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        var log = new File("target/notification-mail-app.log");
        log.delete();
        var app = start(jar, work, smtpPort, httpPort, pgPort, log);
        try {
            var jdbc = "jdbc:postgresql://127.0.0.1:" + pgPort + "/tandem";
            var ids = queue(jdbc, messages);
            var queued = System.nanoTime();
            var crashed = false;
            long killed = 0, resumed = 0;
            var atKill = 0;
            var deadline = Instant.now().plus(Duration.ofMinutes(20));
            while (smtp.getReceivedMessages().length < messages && Instant.now().isBefore(deadline)) {
                if (crash && !crashed && smtp.getReceivedMessages().length >= messages / 2) {
                    app.destroyForcibly().waitFor();
                    killed = System.nanoTime();
                    atKill = smtp.getReceivedMessages().length;
                    System.out.printf("%s killed the application (kill -9) after %d messages%n", Instant.now(), atKill);
                    app = start(jar, work, smtpPort, httpPort, pgPort, log);
                    System.out.printf("%s restarted node healthy %.1f s after the kill (%d messages by then)%n",
                            Instant.now(), (System.nanoTime() - killed) / 1e9, smtp.getReceivedMessages().length);
                    crashed = true;
                }
                if (crashed && resumed == 0 && smtp.getReceivedMessages().length > atKill) {
                    resumed = System.nanoTime();
                    System.out.printf("%s delivery resumed %.1f s after the kill%n", Instant.now(), (resumed - killed) / 1e9);
                }
                Thread.sleep(20);
            }
            var seconds = (System.nanoTime() - queued) / 1e9;
            if (crashed) {
                System.out.printf("kill -> last message     %.1f s%n", (System.nanoTime() - killed) / 1e9);
            }
            Thread.sleep(3000); // anything sent late, twice, shows up now
            report(smtp, ids, messages, seconds, jdbc);
        } finally {
            app.destroy();
            app.waitFor();
            smtp.stop();
        }
    }

    static Process start(String jar, File work, int smtp, int http, int pg, File log) throws Exception {
        var app = new ProcessBuilder(
                        "java", "-Xmx2g", "-jar", jar,
                        "--server.port=" + http,
                        "--tandem.database.embedded.directory=" + new File(work, "data"),
                        "--tandem.database.embedded.port=" + pg,
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtp,
                        "--tandem.notification.delivery.interval=PT1S",
                        "--tandem.notification.delivery.lease=PT20S",
                        "--tandem.timed-work.polling-interval=PT1S")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log))
                .start();
        var client = HttpClient.newHttpClient();
        var health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + http + "/actuator/health")).build();
        while (true) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the application stopped; see " + log);
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.ofString()).body().contains("UP")) {
                    return app;
                }
            } catch (java.io.IOException notYet) {
                // starting
            }
            Thread.sleep(500);
        }
    }

    /** The rows DeliveryQueue writes for one ACTION_NEEDED notification each, committed as one burst. */
    static Map<String, Integer> queue(String jdbc, int messages) throws Exception {
        var ids = new HashMap<String, Integer>();
        try (var db = DriverManager.getConnection(jdbc, "postgres", "")) {
            db.setAutoCommit(false);
            var now = Instant.now();
            try (var insert = db.prepareStatement(
                    """
                    insert into delivery (id, notification_id, channel, target, kind, severity, digest, payload,
                                          status, next_attempt_at, queued_at)
                    values (?, ?, 'EMAIL', ?, 'action.overdue', 'ACTION_NEEDED', false, cast(? as jsonb), 'QUEUED', ?, ?)""")) {
                for (int i = 0; i < messages; i++) {
                    var id = UUID.randomUUID();
                    var notification = UUID.randomUUID();
                    var action = UUID.randomUUID();
                    var payload = """
                            {"id":"%s","kind":"action.overdue","severity":"ACTION_NEEDED","recipientPersonId":"%s",
                             "record":{"type":"action","id":"%s","path":"/actions/%s"},"language":"en",
                             "title":"Action %d is overdue","text":"Fence the pit by the crusher (%d).",
                             "createdAt":"%s"}"""
                            .formatted(notification, UUID.randomUUID(), action, action, i, i, now);
                    insert.setObject(1, id);
                    insert.setObject(2, notification);
                    insert.setString(3, "person" + i + "@bench.example");
                    insert.setString(4, payload);
                    insert.setTimestamp(5, Timestamp.from(now));
                    insert.setTimestamp(6, Timestamp.from(now));
                    insert.addBatch();
                    ids.put("<" + id + "@tandem>", 0);
                }
                insert.executeBatch();
            }
            db.commit();
        }
        return ids;
    }

    static void report(GreenMail smtp, Map<String, Integer> ids, int messages, double seconds, String jdbc) throws Exception {
        var unknown = 0;
        for (var message : smtp.getReceivedMessages()) {
            var id = message.getMessageID();
            if (ids.containsKey(id)) {
                ids.merge(id, 1, Integer::sum);
            } else {
                unknown++;
            }
        }
        var missing = ids.values().stream().filter(count -> count == 0).count();
        var doubled = ids.values().stream().filter(count -> count > 1).count();
        long sent;
        long attempts;
        try (var db = DriverManager.getConnection(jdbc, "postgres", "");
                var rows = db.createStatement().executeQuery(
                        "select count(*) filter (where status = 'SENT'), coalesce(sum(attempts), 0) from delivery")) {
            rows.next();
            sent = rows.getLong(1);
            attempts = rows.getLong(2);
        }
        System.out.printf("messages queued          %d%n", messages);
        System.out.printf("messages received        %d (%d with an unknown Message-ID)%n", smtp.getReceivedMessages().length, unknown);
        System.out.printf("each exactly once        %s (missing %d, doubled %d)%n", missing == 0 && doubled == 0 && unknown == 0, missing, doubled);
        System.out.printf("delivery rows SENT       %d, attempts %d%n", sent, attempts);
        System.out.printf("burst committed -> last  %.1f s, %.0f messages/s%n", seconds, messages / seconds);
    }

    static int freePort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
