package dev.tandem.shared.imports;

import dev.tandem.shared.InvalidRequestException;
import java.util.UUID;

/**
 * One import and how far it has come: read and checked, then written. The node that runs it changes it as it goes; a
 * job read from the database ({@link ImportJobStore}) is how it stood when its node last said.
 */
public final class ImportJob {

    /** Where an import stands. */
    public enum Stage {
        WAITING,
        READING,
        WRITING,
        DONE,
        REFUSED
    }

    private final UUID id;
    private final String kind;
    private final UUID userId;
    private volatile Stage stage;
    private volatile int read;
    private volatile int written;
    private volatile int total;
    private volatile ImportReport report;
    private volatile InvalidRequestException problem;

    ImportJob(UUID id, String kind, UUID userId) {
        this(id, kind, userId, Stage.WAITING, 0, 0, 0, null, null);
    }

    ImportJob(
            UUID id,
            String kind,
            UUID userId,
            Stage stage,
            int read,
            int written,
            int total,
            ImportReport report,
            InvalidRequestException problem) {
        this.id = id;
        this.kind = kind;
        this.userId = userId;
        this.stage = stage;
        this.read = read;
        this.written = written;
        this.total = total;
        this.report = report;
        this.problem = problem;
    }

    public UUID id() {
        return id;
    }

    /** What is imported, such as {@code risk}: a page shows the jobs of its own kind only. */
    public String kind() {
        return kind;
    }

    public Stage stage() {
        return stage;
    }

    /** Rows read and checked so far. */
    public int read() {
        return read;
    }

    public int written() {
        return written;
    }

    /** The rows to write, known once reading has ended. */
    public int total() {
        return total;
    }

    /** What the import did, once it has ended; null while it runs or when the file was unreadable. */
    public ImportReport report() {
        return report;
    }

    /** What made the file unreadable as a whole, or stopped the import (a message code with its arguments), else null. */
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

    UUID userId() {
        return userId;
    }

    /** How an importer tells the job how far it has come. */
    final class Progress implements ImportJobs.Progress {

        @Override
        public void read(int rows) {
            read = rows;
        }

        @Override
        public void writing(int rows) {
            total = rows;
            stage = Stage.WRITING;
        }

        @Override
        public void written(int rows) {
            written = rows;
        }
    }

    void reading() {
        stage = Stage.READING;
    }

    void ended(ImportReport done) {
        report = done;
        stage = done.accepted() ? Stage.DONE : Stage.REFUSED;
    }

    void refused(InvalidRequestException unreadable) {
        problem = unreadable;
        stage = Stage.REFUSED;
    }
}
