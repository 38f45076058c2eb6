package dev.tandem.signal.ingest;

import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * An MQTT broker inside Tandem (Moquette), started only when {@code tandem.signal.broker.enabled} asks for it: for
 * the demo and for trying Tandem without a plant broker. It keeps nothing on disk and listens on loopback by
 * default.
 */
@Component
class InProcessBroker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(InProcessBroker.class);

    private final SignalProperties.Broker settings;
    private Server server;
    private int port;

    InProcessBroker(SignalProperties properties) {
        this.settings = properties.broker();
    }

    @Override
    public synchronized void start() {
        if (!settings.enabled() || server != null) {
            return;
        }
        port = settings.port() == 0 ? freePort() : settings.port();
        var config = new Properties();
        config.setProperty("host", settings.host());
        config.setProperty("port", Integer.toString(port));
        config.setProperty("websocket_port", "disabled");
        config.setProperty("persistence_enabled", "false");
        config.setProperty("allow_anonymous", "true");
        // Moquette would otherwise report usage to its makers' server and keep an id file in the working folder
        config.setProperty("telemetry_enabled", "false");
        config.setProperty("netty.mqtt.message_size", "262144");
        // deliver each message at once: buffering would add its flush interval to every warning's latency
        config.setProperty("immediate_buffer_flush", "true");
        config.setProperty("buffer_flush_millis", "0");
        var broker = new Server();
        try {
            broker.startServer(new MemoryConfig(config));
        } catch (IOException failed) {
            throw new UncheckedIOException("The in-process MQTT broker could not start on port " + port, failed);
        }
        server = broker;
        log.info("In-process MQTT broker listening on {}:{}", settings.host(), port);
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stopServer();
            server = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return server != null;
    }

    @Override
    public int getPhase() {
        return SignalPhases.BROKER;
    }

    /** The broker's URL for clients, when it runs. */
    synchronized String url() {
        return server == null ? null : "tcp://" + settings.host() + ":" + port;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
