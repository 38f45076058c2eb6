package dev.tandem.database;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server process of a data folder, as the server's own {@code postmaster.pid} names it. The embedded
 * server runs as a process of its own, so it outlives an application killed without a chance to stop it: this finds
 * such an orphan and stops it before a new start, and keeps a small watcher process beside each server that stops
 * it when the application that started it is gone.
 */
final class PostmasterProcess {

    private static final Logger log = LoggerFactory.getLogger(PostmasterProcess.class);
    private static final Duration CLEAN_STOP = Duration.ofSeconds(30);
    private static final File SHELL = new File("/bin/sh");

    /**
     * Every second: is the application (first argument) still there? When it is gone, ask the server (second
     * argument) for a fast shutdown: sessions end, committed work is kept, the server exits.
     */
    private static final String WATCH =
            "while kill -0 \"$1\" 2>/dev/null; do sleep 1; done; kill -INT \"$2\" 2>/dev/null";

    private PostmasterProcess() {}

    /** The live server process named by the folder's {@code postmaster.pid}, if any. */
    static Optional<ProcessHandle> running(Path dataDirectory) {
        var pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            var lines = Files.readAllLines(pidFile);
            if (lines.isEmpty() || lines.get(0).isBlank()) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                    .filter(ProcessHandle::isAlive)
                    .filter(PostmasterProcess::isPostgres);
        } catch (IOException | NumberFormatException e) {
            // a half-written or unreadable file: PostgreSQL itself decides whether it is stale
            return Optional.empty();
        }
    }

    /**
     * Stops a server left running on this folder by an application that died without stopping it (the caller holds
     * the folder's lock, so no live application uses it): first as PostgreSQL's smart shutdown, which waits only for
     * sessions that are gone with their application; if that does not end it in time, by force, which PostgreSQL
     * recovers from on the next start like from a power loss.
     */
    static void stopOrphan(Path dataDirectory) {
        running(dataDirectory).ifPresent(orphan -> {
            log.warn(
                    "A PostgreSQL server (pid {}) was left running on {} by a Tandem that did not stop; stopping it",
                    orphan.pid(),
                    dataDirectory);
            orphan.destroy();
            if (!endsWithin(orphan, CLEAN_STOP)) {
                log.warn("PostgreSQL (pid {}) did not stop in {}; ending it", orphan.pid(), CLEAN_STOP);
                orphan.destroyForcibly();
                endsWithin(orphan, CLEAN_STOP);
            }
        });
    }

    /**
     * Starts a process that stops the server when this application is gone, where the platform has a POSIX shell;
     * elsewhere nothing (an orphan is still stopped on the next start).
     */
    static Optional<Process> watchOver(ProcessHandle server) {
        if (!SHELL.canExecute()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ProcessBuilder(
                            SHELL.getPath(),
                            "-c",
                            WATCH,
                            "tandem-postgres-watcher",
                            Long.toString(ProcessHandle.current().pid()),
                            Long.toString(server.pid()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start());
        } catch (IOException e) {
            log.warn("Cannot watch the embedded PostgreSQL server; it will be stopped on the next start instead", e);
            return Optional.empty();
        }
    }

    /** Ends a watcher and what it runs (its {@code sleep}), so a normal stop leaves no process behind. */
    static void endWatcher(Process watcher) {
        watcher.descendants().forEach(ProcessHandle::destroy);
        watcher.destroy();
        endsWithin(watcher.toHandle(), Duration.ofSeconds(5));
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info()
                .command()
                .map(command -> Path.of(command).getFileName().toString())
                .map(name -> name.equals("postgres") || name.equals("postgres.exe"))
                .orElse(false);
    }

    private static boolean endsWithin(ProcessHandle process, Duration wait) {
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
