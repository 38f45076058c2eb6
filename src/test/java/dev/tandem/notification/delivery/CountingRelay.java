package dev.tandem.notification.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/** A TCP relay on a port of its own to a server on another, counting the connections clients open through it. */
final class CountingRelay implements AutoCloseable {

    private final ServerSocket listening;
    private final AtomicInteger connections = new AtomicInteger();

    CountingRelay(int port, int serverPort) throws IOException {
        listening = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        var accepting = new Thread(() -> accept(serverPort), "counting-relay");
        accepting.setDaemon(true);
        accepting.start();
    }

    int connections() {
        return connections.get();
    }

    private void accept(int serverPort) {
        while (!listening.isClosed()) {
            try {
                var client = listening.accept();
                connections.incrementAndGet();
                var server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
                pipe(client, server);
                pipe(server, client);
            } catch (IOException closed) {
                return;
            }
        }
    }

    private static void pipe(Socket from, Socket to) {
        var copying = new Thread(() -> {
            try (InputStream in = from.getInputStream();
                    OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException ended) {
                // either side closed the connection
            } finally {
                close(from);
                close(to);
            }
        });
        copying.setDaemon(true);
        copying.start();
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing already
        }
    }

    @Override
    public void close() throws IOException {
        listening.close();
    }
}
