import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 over one kept-alive socket, blocking in the calling thread as the JDBC driver's call is: the request
 * written in one piece, the answer's status line, headers and body (by its length or in chunks) read whole. The
 * JDK's client hands each request to its selector thread and the answer back, which a warmed short request pays
 * on top of the server's work. The benches' one client of this kind (bench/risk-register, bench/meeting-figures).
 */
final class PlainHttp implements AutoCloseable {
    private final URI base;
    private final String credentials;
    private Socket socket;
    private BufferedInputStream in;
    private OutputStream out;

    /** Signed in by an API token, asking for JSON. */
    PlainHttp(URI base, String token) {
        this(base, "Authorization: Bearer " + token, "application/json");
    }

    /** Signed in by the header given ({@code Cookie: JSESSIONID=...} for pages), accepting the type given. */
    PlainHttp(URI base, String header, String accept) {
        this.base = base;
        this.credentials = header + "\r\nAccept: " + accept;
    }

    /** Requests the path and reads the whole answer: its milliseconds. */
    double get(String path) throws IOException {
        long start = System.nanoTime();
        if (socket == null) {
            socket = new Socket(base.getHost(), base.getPort());
            socket.setTcpNoDelay(true);
            in = new BufferedInputStream(socket.getInputStream(), 65536);
            out = socket.getOutputStream();
        }
        out.write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                        + "\r\n" + credentials + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        var status = line();
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (var header = line(); !header.isEmpty(); header = line()) {
            var h = header.toLowerCase(Locale.ROOT);
            if (h.startsWith("content-length:")) {
                length = Long.parseLong(h.substring(15).trim());
            } else if (h.startsWith("transfer-encoding:") && h.contains("chunked")) {
                chunked = true;
            } else if (h.startsWith("connection:") && h.contains("close")) {
                close = true;
            }
        }
        if (chunked) {
            for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                    size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                skip(size);
                line();
            }
            while (!line().isEmpty()) {
                // trailers
            }
        } else if (length >= 0) {
            skip(length);
        } else {
            throw new IllegalStateException(path + ": an answer without its length");
        }
        double ms = (System.nanoTime() - start) / 1e6;
        if (!status.startsWith("HTTP/1.1 200")) {
            throw new IllegalStateException(path + " answered " + status);
        }
        if (close) {
            close();
        }
        return ms;
    }

    private String line() throws IOException {
        var bytes = new StringBuilder();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the server closed the connection");
            }
            if (b != '\r') {
                bytes.append((char) b);
            }
        }
        return bytes.toString();
    }

    private void skip(long bytes) throws IOException {
        for (long left = bytes; left > 0; ) {
            long n = in.skip(left);
            if (n <= 0) {
                throw new IOException("the answer ended early");
            }
            left -= n;
        }
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            socket.close();
            socket = null;
        }
    }
}
