package dev.tandem.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.identity.Logins;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** An open dashboard hears of a newly reported event over a real HTTP connection. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LiveUpdatesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    HttpClient http = HttpClient.newHttpClient();

    @Test
    void aReportedEventIsPushedToAnOpenStream() throws Exception {
        var logins = new Logins(context);
        var stream = openStream(logins.bearer("contractor2"));
        var changed =
                CompletableFuture.supplyAsync(() -> nextChange(stream, "event ").map(data -> Instant.now()));
        var area = jdbc.sql("select id from area where voided_at is null limit 1")
                .query(UUID.class)
                .single();
        var posted = Instant.now();
        var report = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/events"))
                        .header("Authorization", logins.bearer("worker"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"type\":\"HAZARD\",\"areaId\":\"" + area + "\",\"description\":\"Live\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(report.statusCode()).isEqualTo(201);

        // how fast is for bench/ to measure; here it must simply arrive, pushed, without a reload
        assertThat(changed.get(10, TimeUnit.SECONDS))
                .hasValueSatisfying(at -> assertThat(at).isAfterOrEqualTo(posted));
        stream.close();
    }

    @Test
    void recordedHoursArePushedToAnOpenStreamAndUnchangedHoursAreNot() throws Exception {
        var logins = new Logins(context);
        var stream = openStream(logins.bearer("contractor1"));
        var organisation = logins.viewer("contractor1").organisationId();
        var site = jdbc.sql("select id from site where voided_at is null order by code limit 1")
                .query(UUID.class)
                .single();
        var month = YearMonth.now(ZoneOffset.UTC).minusYears(3);
        var body =
                "{\"organisationId\":\"%s\",\"siteId\":\"%s\",\"month\":\"%s\",\"hours\":1200,\"averageHeadcount\":8}"
                        .formatted(organisation, site, month);
        var changed = CompletableFuture.supplyAsync(() -> nextChange(stream, "hours "));

        assertThat(postHours(logins.bearer("hse"), body)).isEqualTo(201);

        assertThat(changed.get(10, TimeUnit.SECONDS)).isPresent();
        assertThat(postHours(logins.bearer("hse"), body)).isEqualTo(200);
        // nothing was said of the unchanged hours: the next news is what another node says after them
        jdbc.sql("select pg_notify('tandem_figures_changed', 'later')")
                .query((row, number) -> number)
                .single();
        assertThat(CompletableFuture.supplyAsync(() -> nextChange(stream, "")).get(10, TimeUnit.SECONDS))
                .hasValueSatisfying(data -> assertThat(data).startsWith("later "));
        stream.close();
    }

    private int postHours(String bearer, String body) throws Exception {
        return http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/hours"))
                                .header("Authorization", bearer)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }

    @Test
    void aChangeAnnouncedByAnotherNodeReachesTheScreensOpenHere() throws Exception {
        var stream = openStream(new Logins(context).bearer("director"));
        var changed = CompletableFuture.supplyAsync(() -> nextChange(stream, "elsewhere "));

        // another node announces its committed change on the database, as LiveUpdates does
        jdbc.sql("select pg_notify('tandem_figures_changed', 'elsewhere')")
                .query((row, number) -> number)
                .single();

        assertThat(changed.get(10, TimeUnit.SECONDS)).isPresent();
        stream.close();
    }

    /** Opens the figures stream as someone with this bearer header and reads its greeting. */
    private BufferedReader openStream(String bearer) throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/figures/stream"))
                        .header("Authorization", bearer)
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        var lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
        assertThat(lines.readLine()).isEqualTo("event:hello");
        return lines;
    }

    /** The data of the next "changed" message that starts with {@code prefix}, or empty when the stream ends first. */
    private static Optional<String> nextChange(BufferedReader lines, String prefix) {
        try {
            boolean changed = false;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.equals("event:changed")) {
                    changed = true;
                } else if (changed && line.startsWith("data:" + prefix)) {
                    return Optional.of(line.substring("data:".length()));
                } else if (line.isEmpty()) {
                    changed = false;
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
