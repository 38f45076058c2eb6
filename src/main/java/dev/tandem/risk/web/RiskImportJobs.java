package dev.tandem.risk.web;

import dev.tandem.risk.RiskImport;
import dev.tandem.risk.RiskImport.Report;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Viewer;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports started from the page, run in the background one at a time (so that two large files never take twice the
 * memory) while the page shows how far each has come. A job is kept on this node for an hour after it ends and shown
 * only to the person who started it.
 */
@Component
class RiskImportJobs {

    private static final Logger log = LoggerFactory.getLogger(RiskImportJobs.class);
    private static final Duration KEPT = Duration.ofHours(1);

    /** Where an import stands. */
    enum Stage {
        WAITING,
        READING,
        WRITING,
        DONE,
        REFUSED
    }

    /**
     * One import and how far it has come.
     *
     * @param problem what made the file unreadable as a whole (a message code with its arguments), else null
     */
    static final class Job {
        private final UUID id;
        private final UUID userId;
        private final Instant started;
        private volatile Stage stage = Stage.WAITING;
        private volatile int read;
        private volatile int checked;
        private volatile int written;
        private volatile int total;
        private volatile Report report;
        private volatile InvalidRequestException problem;
        private volatile Instant ended;

        Job(UUID id, UUID userId, Instant started) {
            this.id = id;
            this.userId = userId;
            this.started = started;
        }

        public UUID id() {
            return id;
        }

        public Stage stage() {
            return stage;
        }

        public int read() {
            return read;
        }

        public int checked() {
            return checked;
        }

        public int written() {
            return written;
        }

        public int total() {
            return total;
        }

        public Report report() {
            return report;
        }

        public InvalidRequestException problem() {
            return problem;
        }

        public boolean running() {
            return stage != Stage.DONE && stage != Stage.REFUSED;
        }

        /** Rows written of those to write, in percent; 0 until reading ends. */
        public int percent() {
            return total == 0 ? 0 : (int) Math.min(100, 100L * written / total);
        }
    }

    private final RiskImportFiles files;
    private final RiskImport imports;
    private final Clock clock;
    private final Map<UUID, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
        var thread = new Thread(task, "risk-import");
        thread.setDaemon(true);
        return thread;
    });

    RiskImportJobs(RiskImportFiles files, RiskImport imports, Clock clock) {
        this.files = files;
        this.imports = imports;
        this.clock = clock;
    }

    /** Keeps the upload in a file of its own and starts importing it; the viewer must keep the register. */
    Job start(MultipartFile upload, Viewer viewer) {
        imports.begin(viewer);
        forgetOldJobs();
        Path file = copy(upload);
        var job = new Job(UUID.randomUUID(), viewer.userId(), Instant.now(clock));
        jobs.put(job.id, job);
        runner.execute(() -> run(job, file, viewer));
        return job;
    }

    /** A job the viewer started. */
    Job job(UUID id, Viewer viewer) {
        var job = jobs.get(id);
        if (job == null || !job.userId.equals(viewer.userId())) {
            throw new NotFoundException("Import", id);
        }
        return job;
    }

    private void run(Job job, Path file, Viewer viewer) {
        try {
            job.stage = Stage.READING;
            var sheet = files.read(file, viewer, rows -> {
                job.read = rows;
                job.checked = rows;
            });
            job.total = sheet.read();
            job.stage = Stage.WRITING;
            job.report = imports.finish(sheet, rows -> job.written = rows);
            job.stage = job.report.accepted() ? Stage.DONE : Stage.REFUSED;
        } catch (InvalidRequestException unreadable) {
            job.problem = unreadable;
            job.stage = Stage.REFUSED;
        } catch (RuntimeException failure) {
            log.error("Risk import {} failed", job.id, failure);
            job.problem = new InvalidRequestException("file", "risk.import.failed");
            job.stage = Stage.REFUSED;
        } finally {
            job.ended = Instant.now(clock);
            delete(file);
        }
    }

    static Path copy(MultipartFile upload) {
        if (upload == null || upload.isEmpty()) {
            throw new InvalidRequestException("file", "upload.empty");
        }
        try {
            var file = Files.createTempFile("tandem-risk-import", ".xlsx");
            upload.transferTo(file);
            return file;
        } catch (IOException unreadable) {
            throw new InvalidRequestException("file", "upload.unreadable");
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException leftBehind) {
            log.warn("Could not delete the uploaded file {}", file, leftBehind);
        }
    }

    private void forgetOldJobs() {
        var before = Instant.now(clock).minus(KEPT);
        jobs.values().removeIf(job -> job.ended != null && job.ended.isBefore(before));
    }

    @PreDestroy
    void stop() {
        runner.shutdownNow();
    }
}
