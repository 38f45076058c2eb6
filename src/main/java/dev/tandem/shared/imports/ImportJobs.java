package dev.tandem.shared.imports;

import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Viewer;
import jakarta.annotation.PreDestroy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports of every kind, run one at a time on one thread of their own on each node (so that two large files never take
 * twice the memory), whether started from a page, which shows how far each has come, or over the API, which may wait for
 * the end or ask how far it has come. A job started in the background is kept in the database ({@link ImportJobStore})
 * while it runs and for an hour after it ends, so any node answers for it, and is shown only to the person who started
 * it; one that a restart of its node stopped is shown as interrupted, having written nothing.
 */
@Component
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final Duration KEPT = Duration.ofHours(1);
    private static final Duration ALIVE_EVERY = Duration.ofSeconds(1);

    /** How far an import has come; called from the thread that runs it. */
    public interface Progress {

        /** Rows read and checked so far. */
        void read(int rows);

        /** Every row is read and right: so many are to be written. */
        void writing(int rows);

        void written(int rows);
    }

    /** Reads, checks and (when every row is right) writes a stored file, all of it or nothing. */
    @FunctionalInterface
    public interface Importer {
        ImportReport run(Path file, Progress progress);
    }

    private final ImportJobStore store;
    private final Clock clock;
    /** The jobs of this node that have not ended, whose progress it writes. */
    private final Map<UUID, ImportJob> running = new ConcurrentHashMap<>();

    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> daemon(task, "import"));
    private final ScheduledExecutorService alive =
            Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "import-progress"));
    private volatile boolean stopping;

    ImportJobs(ImportJobStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
        alive.scheduleWithFixedDelay(
                this::writeProgress, ALIVE_EVERY.toMillis(), ALIVE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static Thread daemon(Runnable task, String name) {
        var thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    /** Keeps the upload in a file of its own and starts importing it in the background. */
    public ImportJob start(String kind, MultipartFile upload, Viewer viewer, Importer importer) {
        var now = Instant.now(clock);
        store.forget(now.minus(KEPT));
        var file = SheetFiles.store(upload);
        var job = new ImportJob(UUID.randomUUID(), kind, viewer.userId());
        try {
            store.started(job, now);
            running.put(job.id(), job);
            runner.execute(() -> run(job, file, importer));
        } catch (RuntimeException notStarted) {
            running.remove(job.id());
            SheetFiles.delete(file);
            throw notStarted;
        }
        return job;
    }

    /**
     * Imports the upload and answers when it has ended, in turn with the other imports.
     *
     * @throws InvalidRequestException when the file is unreadable as a whole
     */
    public ImportReport importNow(String kind, MultipartFile upload, Viewer viewer, Importer importer) {
        var file = SheetFiles.store(upload);
        var job = new ImportJob(UUID.randomUUID(), kind, viewer.userId());
        try {
            return runner.submit(() -> {
                        job.reading();
                        try {
                            return importer.run(file, job.new Progress());
                        } finally {
                            SheetFiles.delete(file);
                        }
                    })
                    .get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while importing", interrupted);
        }
    }

    /** A job of the kind that the viewer started, run on any node; any kind when {@code kind} is null. */
    public ImportJob job(String kind, UUID id, Viewer viewer) {
        return store.job(id, Instant.now(clock))
                .filter(job -> job.userId().equals(viewer.userId()) && (kind == null || kind.equals(job.kind())))
                .orElseThrow(() -> new NotFoundException("Import", id));
    }

    private void run(ImportJob job, Path file, Importer importer) {
        try {
            job.reading();
            job.ended(importer.run(file, job.new Progress()));
        } catch (InvalidRequestException unreadable) {
            job.refused(unreadable);
        } catch (RuntimeException failure) {
            if (stopping) {
                job.refused(new InvalidRequestException("file", ImportJobStore.INTERRUPTED));
            } else {
                log.error("Import {} of {} failed", job.id(), job.kind(), failure);
                job.refused(new InvalidRequestException("file", "import.failed"));
            }
        } finally {
            SheetFiles.delete(file);
        }
        try {
            store.ended(job, Instant.now(clock));
        } finally {
            running.remove(job.id());
        }
    }

    /** Writes how far this node's jobs have come, which also says that they are alive. */
    private void writeProgress() {
        var now = Instant.now(clock);
        for (var job : running.values()) {
            if (!job.running()) {
                continue; // its end is being written
            }
            try {
                store.alive(job, now);
            } catch (RuntimeException unwritten) {
                log.warn("Could not write the progress of import {}", job.id(), unwritten);
            }
        }
    }

    /**
     * Stops importing: a job that has not ended by then (its transaction not committed, so nothing written) is ended as
     * interrupted, for whichever node is asked about it.
     */
    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        alive.shutdownNow();
        runner.shutdownNow();
        runner.awaitTermination(10, TimeUnit.SECONDS);
        store.interrupted(List.copyOf(running.keySet()), Instant.now(clock));
    }
}
