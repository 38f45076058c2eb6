package dev.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The {@code prod} profile behind a TLS-terminating proxy, configured as the README says: the proxy's forwarded
 * headers are believed (from its address only), and an answer that went out over HTTPS carries Strict-Transport-Security;
 * one over plain HTTP does not. (Without the profile no answer carries it: {@code BadInputIntegrationTests}; without
 * a configured proxy forwarded headers are ignored: {@code HttpInputIntegrationTests}.)
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "tandem.database.embedded.directory=target/test-postgres-prod",
            "server.forward-headers-strategy=native",
            "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1"
        })
@ActiveProfiles({"test", "prod"})
class ProductionHeadersIntegrationTests {

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anAnswerTheProxySentOverHttpsCarriesStrictTransportSecurity() throws Exception {
        var answer = send("/login", "https");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Strict-Transport-Security"))
                .hasValue("max-age=31536000 ; includeSubDomains");
    }

    @Test
    void theProxysForwardedSchemeIsBelievedFromItsAddress() throws Exception {
        var answer = send("/events", "https");
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).startsWith("https://"));
    }

    @Test
    void anAnswerOverPlainHttpCarriesNoStrictTransportSecurity() throws Exception {
        var answer = send("/login", null);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private HttpResponse<String> send(String path, String forwardedProto) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
