package dev.tandem.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.identity.Logins;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A property-based fuzzer of the whole API: reads the OpenAPI document the server serves and sends every operation
 * requests generated from its parameters and body schemas, valid and invalid, as an administrator and as a
 * contractor's supervisor, over real HTTP. Any answer of 500 or above fails the run and prints the request. It
 * writes wildly, so it has a database of its own ({@code target/fuzz-postgres}) that no other test reads.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "tandem.database.embedded.directory=target/fuzz-postgres")
@ActiveProfiles("test")
@DirtiesContext
class ApiFuzzTests {

    /** Requests per operation and user: about 3,000 in all, a minute or two. */
    private static final int TRIES = Integer.getInteger("tandem.fuzz.tries", 16);

    private static final List<String> USERS = List.of("admin", "contractor1");

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void noGeneratedRequestAnswersAServerError() throws Exception {
        var spec = send(get("/v3/api-docs", null)).body();
        Files.writeString(Path.of("target", "openapi.json"), spec);
        var document = new OpenApiDocument(spec);
        var operations = document.operations().stream()
                .filter(operation -> !operation.path().endsWith("/stream"))
                .toList();
        var logins = new Logins(context);
        var requests = new FuzzRequests(new SchemaValues(document, knownIds(operations, logins.bearer("admin"))));
        var statuses = new TreeMap<Integer, Integer>();
        var failures = new ArrayList<String>();
        for (var user : USERS) {
            for (var operation : operations) {
                // a fresh token for each operation: the fuzzer may well revoke the one before
                var token = logins.bearer(user);
                requests.of(operation, user).sampleStream().limit(TRIES).forEach(request -> {
                    var response = send(request, token);
                    statuses.merge(response.statusCode(), 1, Integer::sum);
                    if (response.statusCode() >= 500) {
                        failures.add(response.statusCode() + " " + request + "\n    " + abbreviated(response.body()));
                    }
                });
            }
        }
        System.out.println("API fuzzer: " + operations.size() + " operations, "
                + statuses.values().stream().mapToInt(Integer::intValue).sum() + " requests, answers " + statuses);
        assertThat(failures).as("requests answered with a server error").isEmpty();
    }

    /** Ids of records that exist, read from every list the administrator can read, so requests also hit them. */
    private List<UUID> knownIds(List<ApiOperation> operations, String admin) {
        var ids = new ArrayList<UUID>();
        for (var operation : operations) {
            if (operation.method().equals("GET") && !operation.path().contains("{")) {
                var body = send(get(operation.path(), admin)).body();
                var matcher = java.util.regex.Pattern.compile("\"id\":\"([0-9a-f-]{36})\"")
                        .matcher(body);
                while (matcher.find() && ids.size() < 400) {
                    ids.add(UUID.fromString(matcher.group(1)));
                }
            }
        }
        return ids;
    }

    private HttpResponse<String> send(FuzzRequest request, String token) {
        var builder = HttpRequest.newBuilder(URI.create(base() + request.target()))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", token);
        if (request.ifMatch() != null) {
            builder.header("If-Match", request.ifMatch());
        }
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        builder.method(
                request.method(),
                request.contentType() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        try {
            return send(builder.build());
        } catch (RuntimeException e) {
            throw new AssertionError("could not send " + request, e);
        }
    }

    private HttpRequest get(String path, String token) {
        var builder = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", token);
        }
        return builder.build();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
