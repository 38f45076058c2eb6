package dev.tandem.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tandem in a process of its own on its own data folder, killed with {@code kill -9} in the middle of a stream of
 * field reports in each way it can die: alone (its watcher then stops the database), alone with its watcher (the
 * database is left running, and the next start stops it), and together with its database. Each time it is started
 * again on the same folder with no manual step, and every report it answered 201 is there exactly once; sending
 * each again answers 200 with the stored report and stores nothing new.
 */
class CrashRecoveryTests {

    private static final Duration START = Duration.ofMinutes(4);
    private static final int ACKNOWLEDGED_BEFORE_KILL = 25;

    @TempDir
    Path folder;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
    private final Set<UUID> sent = ConcurrentHashMap.newKeySet();
    private Process application;
    private int port;
    private String token;
    private String areaId;

    enum Death {
        /** the application alone: its watcher stops the database */
        APPLICATION,
        /** the application and its watcher: the database is left running on the folder */
        APPLICATION_AND_WATCHER,
        /** the application and its database at once, as a power loss would */
        APPLICATION_AND_DATABASE
    }

    @AfterEach
    void stopWhateverRuns() {
        if (application != null) {
            application.descendants().forEach(ProcessHandle::destroyForcibly);
            application.destroyForcibly();
        }
        postmaster().ifPresent(ProcessHandle::destroyForcibly);
    }

    @Test
    void everyAcknowledgedReportSurvivesEachWayTheApplicationDies() throws Exception {
        start();
        areaId = anArea();
        for (var death : Death.values()) {
            streamAndKill(death);
            start();
            everyAcknowledgedReportIsStoredOnce(death);
            sendingAgainStoresNothing(death);
        }

        stopNormally();
    }

    private void streamAndKill(Death death) throws Exception {
        var streaming = new AtomicBoolean(true);
        var before = acknowledged.size();
        var streams = new ArrayList<Thread>();
        for (int n = 0; n < 2; n++) {
            var stream = new Thread(() -> {
                while (streaming.get()) {
                    var id = UUID.randomUUID();
                    sent.add(id);
                    try {
                        if (report(id).statusCode() == 201) {
                            acknowledged.add(id);
                        }
                    } catch (IOException e) {
                        return; // the application is gone: this report was never acknowledged
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            stream.start();
            streams.add(stream);
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (acknowledged.size() < before + ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(acknowledged.size() - before)
                .as("reports answered 201 before " + death)
                .isGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
        var database = postmaster().orElseThrow();
        var watcher = application.descendants().toList();
        switch (death) {
            case APPLICATION -> application.destroyForcibly();
            case APPLICATION_AND_WATCHER -> {
                watcher.forEach(ProcessHandle::destroyForcibly);
                application.destroyForcibly();
            }
            case APPLICATION_AND_DATABASE -> {
                database.destroyForcibly();
                application.destroyForcibly();
            }
        }
        application.waitFor(30, TimeUnit.SECONDS);
        streaming.set(false);
        for (var stream : streams) {
            stream.join(30_000);
        }
        switch (death) {
            case APPLICATION ->
                assertThat(database.onExit().get(30, TimeUnit.SECONDS).isAlive())
                        .as("the watcher stops the database of a killed application")
                        .isFalse();
            case APPLICATION_AND_WATCHER -> {
                Thread.sleep(3_000);
                assertThat(database.isAlive())
                        .as("with its watcher gone the database outlives the application")
                        .isTrue();
            }
            case APPLICATION_AND_DATABASE -> database.onExit().get(30, TimeUnit.SECONDS);
        }
        application = null;
    }

    private void everyAcknowledgedReportIsStoredOnce(Death death) throws Exception {
        for (var id : acknowledged) {
            assertThat(get("/api/v1/events/" + id).statusCode())
                    .as("report %s after %s", id, death)
                    .isEqualTo(200);
        }
        var stored = storedReports();
        assertThat(stored).as("after " + death).isBetween((long) acknowledged.size(), (long) sent.size());
    }

    private void sendingAgainStoresNothing(Death death) throws Exception {
        var stored = storedReports();
        for (var id : acknowledged) {
            var again = report(id);
            assertThat(again.statusCode())
                    .as("%s sent again after %s", id, death)
                    .isEqualTo(200);
            assertThat((String) JsonPath.read(again.body(), "$.id")).isEqualTo(id.toString());
            assertThat((String) JsonPath.read(again.body(), "$.status")).isEqualTo("REPORTED");
        }
        assertThat(storedReports()).as("reports stored after sending all again").isEqualTo(stored);
    }

    private void stopNormally() throws Exception {
        var database = postmaster().orElseThrow();
        var watcher = application.descendants().toList();
        assertThat(watcher).as("a watcher runs beside the database").isNotEmpty();
        application.destroy();
        assertThat(application.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(database.onExit().get(30, TimeUnit.SECONDS).isAlive()).isFalse();
        for (var process : watcher) {
            assertThat(process.onExit().get(10, TimeUnit.SECONDS).isAlive())
                    .as("nothing is left after a normal stop")
                    .isFalse();
        }
        assertThat(folder.resolve("postgres/postmaster.pid")).doesNotExist();
        application = null;
    }

    /** Starts Tandem on the folder and waits until it answers, with a fresh administrator's token. */
    private void start() throws Exception {
        port = freePort();
        var log = folder.resolve("tandem-" + System.nanoTime() + ".log");
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        application = new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        System.getProperty("java.class.path"),
                        TandemProcess.class.getName(),
                        "--server.port=" + port,
                        "--tandem.database.embedded.directory=" + folder,
                        "--tandem.database.embedded.port=0",
                        "--tandem.identity.initial-admin-password=crash-test-password",
                        "--tandem.demo.enabled=false")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            var ready = Files.readAllLines(log).stream()
                    .filter(line -> line.startsWith(TandemProcess.READY))
                    .findFirst();
            if (ready.isPresent()) {
                token = ready.get().substring(TandemProcess.READY.length()).trim();
                return;
            }
            assertThat(application.isAlive())
                    .as("Tandem started on the folder it left:%n%s", Files.readString(log))
                    .isTrue();
            Thread.sleep(250);
        }
        throw new AssertionError("Tandem did not start within " + START + ":\n" + Files.readString(log));
    }

    private String anArea() throws Exception {
        var site = post("/api/v1/sites", "{\"code\":\"CR\",\"name\":\"Crash works\",\"timeZone\":\"UTC\"}");
        assertThat(site.statusCode()).isEqualTo(201);
        var area =
                post("/api/v1/areas", "{\"siteId\":\"%s\",\"code\":\"CR1\",\"name\":\"Casting bay\"}".formatted((String)
                                JsonPath.read(site.body(), "$.id")));
        assertThat(area.statusCode()).isEqualTo(201);
        return JsonPath.read(area.body(), "$.id");
    }

    private HttpResponse<String> report(UUID id) throws IOException, InterruptedException {
        return post(
                "/api/v1/events",
                "{\"id\":\"%s\",\"type\":\"HAZARD\",\"areaId\":\"%s\",\"description\":\"Crash test %s\",\"occurredAt\":\"%s\"}"
                        .formatted(id, areaId, id, Instant.now().minusSeconds(60)));
    }

    private long storedReports() throws Exception {
        var page = get("/api/v1/events?size=1");
        assertThat(page.statusCode()).isEqualTo(200);
        return ((Number) JsonPath.read(page.body(), "$.totalItems")).longValue();
    }

    private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(
                request(path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    private Optional<ProcessHandle> postmaster() {
        return PostmasterProcess.running(folder.resolve("postgres"));
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
