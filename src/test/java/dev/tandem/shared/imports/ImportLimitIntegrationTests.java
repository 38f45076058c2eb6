package dev.tandem.shared.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.demo.DemoProperties;
import dev.tandem.identity.Logins;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Uploads are bounded by where they go: an import (the risk register's, training records') takes a file of some 30 MB
 * and refuses one of 200 MB while it arrives, with problem details, writing nothing; its page says why in the reader's
 * language; any other upload is refused over 30 MB.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ImportLimitIntegrationTests {

    private static final long SIZE = 200L * 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    String hse;

    /** How much of the last oversized upload was sent before the server stopped reading it. */
    final java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();

    @org.junit.jupiter.api.BeforeEach
    void signIn() {
        hse = new Logins(context).bearer("hse");
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/risks/imports, risk_entry", "/api/v1/training-records/imports, training_record"})
    void aTwoHundredMegabyteWorkbookIsRefusedWith413(String path, String table) throws Exception {
        long before =
                jdbc.sql("select count(*) from " + table).query(Long.class).single();
        var answer = oversize(path, SIZE, "en", false);
        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer.toLowerCase(Locale.ROOT)).contains("content-type: application/problem+json");
        assertThat(answer).contains("at most 100 MB");
        assertThat(jdbc.sql("select count(*) from " + table).query(Long.class).single())
                .isEqualTo(before);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en | The file is too large: at most 100 MB here.",
                "ru | Файл слишком велик: здесь не более 100 МБ."
            })
    void anImportPageShowsItsFormAgainSayingInTheReadersLanguageThatTheFileIsTooLarge(String language, String why)
            throws Exception {
        var browser = HttpClient.newBuilder()
                .cookieHandler(new java.net.CookieManager())
                .build();
        var session = signedIn(browser, "hse");
        var answer = oversize("/training/import", SIZE, language, false, "Cookie: " + session);
        assertThat(answer).startsWith("HTTP/1.1 303");
        assertThat(answer).containsPattern("(?i)location: [^\\r]*/training/import\\r\\n");

        var form = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/training/import"))
                        .header("Accept-Language", language)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("type=\"file\"").contains(why);
    }

    /** Signs the user in through the sign-in form, as a browser does, and answers the session's cookie. */
    private String signedIn(HttpClient browser, String username) throws Exception {
        var page = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(page.body())
                .results()
                .map(found -> found.group(1))
                .findFirst()
                .orElseThrow();
        var signIn = browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(BodyPublishers.ofString(
                                "username=" + username + "&password=" + DemoProperties.PASSWORD + "&_csrf=" + csrf))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("/login"));
        var cookies = (java.net.CookieManager) browser.cookieHandler().orElseThrow();
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("JSESSIONID"))
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anUploadThatIsNoImportIsRefusedOverThirtyMegabytes() throws Exception {
        var answer = oversize("/api/v1/events/" + UUID.randomUUID() + "/photos", 40L * 1024 * 1024, "en", false);
        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer.toLowerCase(Locale.ROOT)).contains("content-type: application/problem+json");
        assertThat(answer).contains("at most 25 MB");
    }

    /** Sent in chunks, without its length: read no further than its own limit, not up to an import's 100 MB. */
    @Test
    void anUploadOfUndeclaredLengthThatIsNoImportIsReadNoFurtherThanItsLimit() throws Exception {
        var answer = oversize("/api/v1/events/" + UUID.randomUUID() + "/photos", 90L * 1024 * 1024, "en", true);
        assertThat(answer).startsWith("HTTP/1.1 413");
        assertThat(answer.toLowerCase(Locale.ROOT)).contains("content-type: application/problem+json");
        assertThat(answer).contains("at most 25 MB");
        // the limit of 30 MB, the container's 2 MB swallowed after the answer, and what the sockets' buffers hold
        assertThat(sent.get()).isLessThan(60L * 1024 * 1024);
    }

    @Test
    void aThirtyMegabyteCsvOfTrainingRecordsImports() throws Exception {
        var logins = new Logins(context);
        var hse = logins.bearer("hse");
        var code = "BIG" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        var competence = JsonPath.<String>read(
                send(
                        hse,
                        "/api/v1/competences",
                        "application/json",
                        BodyPublishers.ofString(
                                """
                        {"code":"%s","nameEn":"Course %s","nameRu":"Курс %s","validityMonths":null,"evidence":"NONE"}"""
                                        .formatted(code, code, code))),
                "$.id");
        var number = "BIG-" + UUID.randomUUID().toString().substring(0, 8);
        send(
                hse,
                "/api/v1/people",
                "application/json",
                BodyPublishers.ofString(
                        """
                {"organisationId":"%s","fullName":"Bulk Trainee %s","personnelNumber":"%s"}"""
                                .formatted(logins.viewer("hse").organisationId(), number, number)));

        // rows as long as the import takes them (trainer, provider and evidence of 200 characters), up to 30 MB
        var file = Files.createTempFile("training", ".csv");
        int rows = 0;
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Person,Competence,Completed on,Result,Trainer,Provider,Evidence,Expires on,External id\n");
            var today = LocalDate.now();
            long written = 0;
            while (written < 30L * 1024 * 1024) {
                var row = String.join(
                                ",",
                                number,
                                code,
                                today.minusDays(1 + rows % 3000).toString(),
                                "passed",
                                padded("Trainer " + rows),
                                padded("Training centre " + rows % 50),
                                padded("Sheet " + rows),
                                "",
                                number + "-" + rows)
                        + "\n";
                out.write(row);
                written += row.length();
                rows++;
            }
        }
        try {
            assertThat(Files.size(file)).isGreaterThan(30L * 1024 * 1024);
            var boundary = "tandem" + UUID.randomUUID();
            var answer = send(
                    hse,
                    "/api/v1/training-records/imports",
                    "multipart/form-data; boundary=" + boundary,
                    BodyPublishers.concat(
                            BodyPublishers.ofString("--" + boundary
                                    + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"records.csv\"\r\n"
                                    + "Content-Type: text/csv\r\n\r\n"),
                            BodyPublishers.ofFile(file),
                            BodyPublishers.ofString("\r\n--" + boundary + "--\r\n")));
            assertThat(JsonPath.<Integer>read(answer, "$.created")).isEqualTo(rows);
            assertThat(jdbc.sql("select count(*) from training_record where competence_id = cast(:id as uuid)")
                            .param("id", competence)
                            .query(Long.class)
                            .single())
                    .isEqualTo(rows);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** The text made up to 200 characters with words, as a long name or reference reads (a page wraps it). */
    private static String padded(String text) {
        var words = new StringBuilder(text);
        while (words.length() < 195) {
            words.append(" of the plant");
        }
        return words.substring(0, 195).strip();
    }

    /** Sends a request as the token's holder and answers the body of its 2xx answer. */
    private String send(String token, String path, String type, HttpRequest.BodyPublisher body) throws Exception {
        var response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .timeout(Duration.ofMinutes(10))
                                .header("Authorization", token)
                                .header("Content-Type", type)
                                .POST(body)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        return response.body();
    }

    /**
     * The answer (status line, headers and what of its body comes within a few seconds) to an upload of {@code size}
     * zero bytes, sent over a plain socket: the server may answer and close before the body is sent, which an HTTP
     * client reports as a failure of its own rather than as the answer.
     */
    private String oversize(String path, long size, String language, boolean chunked) throws Exception {
        return oversize(path, size, language, chunked, "Authorization: " + hse);
    }

    /** As {@link #oversize(String, long, String, boolean)}, sent with the given header of who sends it. */
    private String oversize(String path, long size, String language, boolean chunked, String credentials)
            throws Exception {
        var boundary = "tandem" + UUID.randomUUID();
        var head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xlsx\"\r\n"
                        + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        sent.set(0);
        try (var socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            var out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n" + credentials
                            + "\r\nAccept: " + (path.startsWith("/api/") ? "application/json" : "text/html")
                            + "\r\nAccept-Language: " + language
                            + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                            + (chunked
                                    ? "\r\nTransfer-Encoding: chunked"
                                    : "\r\nContent-Length: " + (head.length + size))
                            + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            var upload = chunked ? new Chunked(out) : out;
            upload.write(head);
            upload.flush();
            var sender = new Thread(() -> {
                try (var zeros = new Zeros(size)) {
                    var buffer = new byte[65536];
                    for (int n; (n = zeros.read(buffer, 0, buffer.length)) > 0; ) {
                        upload.write(buffer, 0, n);
                        sent.addAndGet(n);
                    }
                    upload.close();
                } catch (java.io.IOException closedByServer) {
                    // the server stopped reading: what the test expects
                }
            });
            sender.setDaemon(true);
            sender.start();
            var in = socket.getInputStream();
            var answer = headers(in);
            socket.setSoTimeout(5_000);
            var body = new java.io.ByteArrayOutputStream();
            try {
                var buffer = new byte[8192];
                for (int n; body.size() < 1 << 20 && (n = in.read(buffer)) > 0; ) {
                    body.write(buffer, 0, n);
                    if (body.toString(StandardCharsets.UTF_8).contains("</html>")
                            || body.toString(StandardCharsets.UTF_8).endsWith("}")) {
                        break;
                    }
                }
            } catch (java.io.IOException endedOrClosed) {
                // what came is what the test reads
            }
            return answer + body.toString(StandardCharsets.UTF_8);
        }
    }

    /** The status line and headers of an answer, read up to the blank line that ends them. */
    private static String headers(InputStream in) throws java.io.IOException {
        var text = new StringBuilder();
        while (!text.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            text.append((char) b);
        }
        return text.toString();
    }

    /** Writes what it is given as chunks of HTTP/1.1's chunked transfer coding, and the last chunk when closed. */
    private static final class Chunked extends java.io.FilterOutputStream {
        Chunked(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws java.io.IOException {
            out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes, offset, length);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }

        @Override
        public void close() throws java.io.IOException {
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }
    }

    /** So many zero bytes, made as they are read. */
    private static final class Zeros extends InputStream {
        private long left;

        Zeros(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            if (left == 0) {
                return -1;
            }
            left--;
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
            left -= n;
            return n;
        }
    }
}
