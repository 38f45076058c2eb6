package dev.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.identity.Logins;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Bad input as it arrives over a real connection, where the servlet container parses queries and uploads itself:
 * answered 400 or 413 with problem details, never 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HttpInputIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aQueryParameterWithoutANameOrWithAControlCharacterIsABadRequest() throws Exception {
        var token = new Logins(context).bearer("hse");
        for (var query : new String[] {"?=x", "?%01=x", "?q=a&=x", "?%00=", "?q=a%00b"}) {
            var answer =
                    send(HttpRequest.newBuilder(uri("/api/v1/people" + query)).header("Authorization", token));
            assertThat(answer.statusCode()).as(query).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    @Test
    void anUploadWhoseFileNameHoldsANulIsABadRequest() throws Exception {
        var token = new Logins(context).bearer("hse");
        var body = "--B\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"a\u0000b.png\"\r\n"
                + "Content-Type: image/png\r\n\r\nnot a picture\r\n--B--\r\n";
        var answer = send(HttpRequest.newBuilder(uri("/api/v1/events/" + UUID.randomUUID() + "/photos"))
                .header("Authorization", token)
                .header("Content-Type", "multipart/form-data; boundary=B")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("photo");
    }

    /** A body of undeclared length is cut off once it passes the limit, before anything parses it. */
    @Test
    void aStreamedBodyOverTheLimitIsTooLarge() throws Exception {
        var token = new Logins(context).bearer("admin");
        var json = ("{\"code\":\"BIG\",\"name\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        var answer = send(HttpRequest.newBuilder(uri("/api/v1/sites"))
                .header("Authorization", token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json))));
        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("at most 2 MB");
    }

    /** Without a configured proxy, a client that claims to have come over HTTPS from elsewhere is not believed. */
    @Test
    void forwardedHeadersAreIgnoredUnlessAProxyIsConfigured() throws Exception {
        var answer = send(HttpRequest.newBuilder(uri("/events"))
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "elsewhere.example")
                .header("X-Forwarded-For", "203.0.113.7"));
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValue("http://localhost:" + port + "/login");
        assertThat(answer.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
