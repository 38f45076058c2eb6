package dev.tandem.shared.imports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.identity.Logins;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** A 200 MB upload to an import (the risk register's, training records') is refused while it arrives, with problem
 * details, and writes nothing. */
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

    @ParameterizedTest
    @CsvSource({"/api/v1/risks/imports, risk_entry", "/api/v1/training-records/imports, training_record"})
    void aTwoHundredMegabyteWorkbookIsRefusedWith413(String path, String table) throws Exception {
        long before =
                jdbc.sql("select count(*) from " + table).query(Long.class).single();
        var boundary = "tandem" + UUID.randomUUID();
        var head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xlsx\"\r\n"
                        + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        var token = new Logins(context).bearer("hse");
        // over a plain socket: the server may answer and close before a 200 MB body is sent, which an HTTP client
        // reports as a failure of its own rather than as the answer
        try (var socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            var out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nAuthorization: "
                            + token + "\r\nContent-Type: multipart/form-data; boundary=" + boundary
                            + "\r\nContent-Length: " + (head.length + SIZE) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(head);
            out.flush();
            var sender = new Thread(() -> {
                try (var zeros = new Zeros(SIZE)) {
                    zeros.transferTo(out);
                } catch (java.io.IOException closedByServer) {
                    // the server stopped reading: what the test expects
                }
            });
            sender.setDaemon(true);
            sender.start();
            var answer = headers(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(answer.toLowerCase(java.util.Locale.ROOT)).contains("content-type: application/problem+json");
        }
        assertThat(jdbc.sql("select count(*) from " + table).query(Long.class).single())
                .isEqualTo(before);
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
