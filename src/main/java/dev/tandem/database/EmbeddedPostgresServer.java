package dev.tandem.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL server per data directory and JVM. Application contexts share it (tests start
 * several), and the last one to release it stops it. A lock file keeps a second process off the same data; a server
 * left running on the data by an application that died is stopped before the next start, and a watcher process
 * stops the server when the application dies (see {@link PostmasterProcess}).
 */
final class EmbeddedPostgresServer {

    static final String DATABASE = "tandem";
    static final String USER = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgresServer> running = new HashMap<>();

    private final Path directory;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final EmbeddedPostgres postgres;
    private final Optional<Process> watcher;
    private int users;

    private EmbeddedPostgresServer(
            Path directory,
            FileChannel lockChannel,
            FileLock lock,
            EmbeddedPostgres postgres,
            Optional<Process> watcher) {
        this.directory = directory;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.postgres = postgres;
        this.watcher = watcher;
    }

    static synchronized EmbeddedPostgresServer acquire(EmbeddedDatabaseProperties properties) {
        var directory = properties.directory().toAbsolutePath().normalize();
        var server = running.get(directory);
        if (server == null) {
            server = start(directory, properties);
            running.put(directory, server);
        }
        server.users++;
        return server;
    }

    synchronized void release() {
        synchronized (EmbeddedPostgresServer.class) {
            if (--users > 0) {
                return;
            }
            running.remove(directory);
        }
        try {
            watcher.ifPresent(PostmasterProcess::endWatcher);
            postgres.close();
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    int port() {
        return postgres.getPort();
    }

    private static EmbeddedPostgresServer start(Path directory, EmbeddedDatabaseProperties properties) {
        var lockChannel = openLockFile(directory);
        var lock = lockExclusively(lockChannel, directory);
        var dataDirectory = directory.resolve("postgres");
        try {
            // we hold the folder's lock, so a server still running on it belongs to a Tandem that died
            PostmasterProcess.stopOrphan(dataDirectory);
            requireFreePort(properties.port());
            var builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(properties.cleanOnStart())
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // as durable as any PostgreSQL: the embedding library turns these off to make tests fast, and a
                    // report answered "saved" must survive a crash of the application, its database or the machine
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    // stopped by the last release(), after the pool and the event registry are done with it
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60));
            if (properties.port() != 0) {
                builder.setPort(properties.port());
            }
            long startedAt = System.nanoTime();
            var postgres = builder.start();
            try {
                createDatabaseIfMissing(postgres);
            } catch (SQLException | RuntimeException e) {
                postgres.close();
                throw e;
            }
            log.info(
                    "Embedded PostgreSQL is up on port {} with data in {} ({} ms)",
                    postgres.getPort(),
                    directory,
                    (System.nanoTime() - startedAt) / 1_000_000);
            var watcher = PostmasterProcess.running(dataDirectory).flatMap(PostmasterProcess::watchOver);
            return new EmbeddedPostgresServer(directory, lockChannel, lock, postgres, watcher);
        } catch (IOException | SQLException | RuntimeException e) {
            closeQuietly(lockChannel);
            if (e instanceof EmbeddedDatabaseUnavailable unavailable) {
                throw unavailable;
            }
            throw new EmbeddedDatabaseUnavailable(
                    "The embedded PostgreSQL server in " + directory + " did not start: " + e.getMessage(),
                    "Check the log above. To use your own server instead, set SPRING_DATASOURCE_URL.",
                    e);
        }
    }

    private static FileChannel openLockFile(Path directory) {
        try {
            Files.createDirectories(directory);
            return FileChannel.open(
                    directory.resolve("tandem.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new EmbeddedDatabaseUnavailable(
                    "Cannot write to the data folder " + directory + ": " + e.getMessage(),
                    "Make the folder writable, or point tandem.database.embedded.directory elsewhere.",
                    e);
        }
    }

    private static FileLock lockExclusively(FileChannel channel, Path directory) {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException | IOException e) {
            lock = null;
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new EmbeddedDatabaseUnavailable(
                    "The data folder " + directory + " is in use by another running Tandem.",
                    "Stop the other instance, or start this one with another folder"
                            + " (TANDEM_DATABASE_EMBEDDED_DIRECTORY) and port (TANDEM_DATABASE_EMBEDDED_PORT).",
                    null);
        }
        return lock;
    }

    private static void requireFreePort(int port) {
        if (port == 0) {
            return;
        }
        try (var socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new EmbeddedDatabaseUnavailable(
                    "Port " + port + " for the embedded PostgreSQL server is already taken.",
                    "Stop whatever listens on port " + port + " or choose another with TANDEM_DATABASE_EMBEDDED_PORT.",
                    e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + DATABASE + " encoding 'UTF8'");
                    }
                }
            }
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
