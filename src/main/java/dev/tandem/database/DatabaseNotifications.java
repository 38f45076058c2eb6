package dev.tandem.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Messages between the nodes of the application through PostgreSQL's {@code NOTIFY}: a message sent inside a
 * transaction reaches every node, this one included, when that transaction commits, and never when it rolls back.
 * Each node listens on one connection of its pool, held by a background thread that opens a new one after a failure
 * (messages sent while it was away are lost: listeners carry news, not records).
 */
@Component
public class DatabaseNotifications implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseNotifications.class);
    private static final Pattern CHANNEL = Pattern.compile("[a-z][a-z0-9_]{0,62}");
    /** How long one wait for messages lasts: how soon a new channel is listened to and a stop is noticed. */
    private static final int WAIT_MILLIS = 500;

    /** The longest wait between attempts to listen again while the database cannot be reached. */
    private static final long LONGEST_PAUSE_MILLIS = 30_000;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Map<String, List<Consumer<String>>> listeners = new ConcurrentHashMap<>();
    private volatile boolean running;
    private Thread thread;

    DatabaseNotifications(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /**
     * Sends a message on a channel; within a transaction it leaves when the transaction commits. PostgreSQL delivers
     * the same message once however often a transaction sends it, so a transaction sends it once: an upload of ten
     * thousand rows that each announce a change costs one round trip for it, not ten thousand.
     */
    public void send(String channel, String message) {
        checked(channel);
        if (!firstInTransaction(channel + '\n' + message)) {
            return;
        }
        jdbc.sql("select pg_notify(:channel, :message)")
                .param("channel", channel)
                .param("message", message)
                .query((row, number) -> number)
                .single();
    }

    /**
     * Whether this transaction (if any) has not sent this message yet; it is noted as sent. The messages sent live in a
     * synchronization of the transaction, so a transaction suspended for another keeps its own.
     */
    private static boolean firstInTransaction(String message) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return true;
        }
        var sent = TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(Sent.class::isInstance)
                .map(Sent.class::cast)
                .findFirst()
                .orElseGet(() -> {
                    var created = new Sent();
                    TransactionSynchronizationManager.registerSynchronization(created);
                    return created;
                });
        return sent.messages.add(message);
    }

    /** The messages one transaction has sent. */
    private static final class Sent implements TransactionSynchronization {
        final Set<String> messages = new HashSet<>();
    }

    /**
     * Calls {@code listener} with every message on {@code channel}, on the listening thread (so it must be quick),
     * until the returned listening is closed.
     */
    public Listening listen(String channel, Consumer<String> listener) {
        var channelListeners = listeners.computeIfAbsent(checked(channel), name -> new CopyOnWriteArrayList<>());
        channelListeners.add(listener);
        return () -> channelListeners.remove(listener);
    }

    /** A listener's hold on a channel; closing it stops the messages (the channel stays listened to). */
    @FunctionalInterface
    public interface Listening extends AutoCloseable {
        @Override
        void close();
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::listenWhileRunning, "tandem-notifications");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            try {
                thread.join(4L * WAIT_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listenWhileRunning() {
        long pause = WAIT_MILLIS;
        while (running) {
            try (var connection = dataSource.getConnection()) {
                pause = WAIT_MILLIS;
                relay(connection);
            } catch (SQLException e) {
                if (!running) {
                    return;
                }
                log.warn("Listening for notifications failed, trying again in {} ms: {}", pause, e.getMessage());
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException stopped) {
                    return;
                }
                pause = Math.min(2 * pause, LONGEST_PAUSE_MILLIS);
            }
        }
    }

    /** Listens on every channel asked for, also those asked for later, and hands each message to its listeners. */
    private void relay(Connection connection) throws SQLException {
        var postgres = connection.unwrap(PGConnection.class);
        Set<String> listening = new HashSet<>();
        while (running) {
            for (var channel : listeners.keySet()) {
                if (listening.add(channel)) {
                    try (var statement = connection.createStatement()) {
                        statement.execute("listen " + channel);
                    }
                }
            }
            var notifications = postgres.getNotifications(WAIT_MILLIS);
            if (notifications == null) {
                continue;
            }
            for (var notification : notifications) {
                for (var listener : listeners.getOrDefault(notification.getName(), List.of())) {
                    try {
                        listener.accept(notification.getParameter());
                    } catch (RuntimeException e) {
                        log.warn("A listener on {} failed", notification.getName(), e);
                    }
                }
            }
        }
    }

    private static String checked(String channel) {
        if (!CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("Not a channel name: " + channel);
        }
        return channel;
    }
}
