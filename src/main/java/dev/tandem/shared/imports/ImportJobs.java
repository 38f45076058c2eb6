package dev.tandem.shared.imports;

import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Viewer;
import jakarta.annotation.PreDestroy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports of every kind, run one at a time on one thread of their own (so that two large files never take twice the
 * memory), whether started from a page, which shows how far each has come, or over the API, which may wait for the end
 * or ask how far it has come. A job is kept on this node for an hour after it ends and shown only to the person who
 * started it.
 */
@Component
public class ImportJobs {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    private static final Duration KEPT = Duration.ofHours(1);

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

    private final Clock clock;
    private final Map<UUID, ImportJob> jobs = new ConcurrentHashMap<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        var thread = new Thread(task, "import");
        thread.setDaemon(true);
        return thread;
    });

    ImportJobs(Clock clock) {
        this.clock = clock;
    }

    /** Keeps the upload in a file of its own and starts importing it in the background. */
    public ImportJob start(String kind, MultipartFile upload, Viewer viewer, Importer importer) {
        forgetOldJobs();
        var file = SheetFiles.store(upload);
        var job = new ImportJob(UUID.randomUUID(), kind, viewer.userId());
        jobs.put(job.id(), job);
        runner.execute(() -> run(job, file, importer));
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

    /** A job of the kind that the viewer started; any kind when {@code kind} is null. */
    public ImportJob job(String kind, UUID id, Viewer viewer) {
        var job = jobs.get(id);
        if (job == null || !job.userId().equals(viewer.userId()) || (kind != null && !kind.equals(job.kind()))) {
            throw new NotFoundException("Import", id);
        }
        return job;
    }

    private void run(ImportJob job, Path file, Importer importer) {
        try {
            job.reading();
            job.ended(importer.run(file, job.new Progress()), Instant.now(clock));
        } catch (InvalidRequestException unreadable) {
            job.refused(unreadable, Instant.now(clock));
        } catch (RuntimeException failure) {
            log.error("Import {} of {} failed", job.id(), job.kind(), failure);
            job.refused(new InvalidRequestException("file", "import.failed"), Instant.now(clock));
        } finally {
            SheetFiles.delete(file);
        }
    }

    private void forgetOldJobs() {
        var before = Instant.now(clock).minus(KEPT);
        jobs.values().removeIf(job -> job.ended() != null && job.ended().isBefore(before));
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }
}
