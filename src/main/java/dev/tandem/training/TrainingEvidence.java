package dev.tandem.training;

import dev.tandem.history.Created;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.StoredFiles;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files that prove a training record, kept beside it in the database: a scanned certificate or protocol (PDF) or
 * a photo of a signed sheet, recognised by their content rather than by what the client claims. Who may change a
 * record adds them, each in its history; who may read it reads them. A record entered or corrected with a file is
 * written with it or not at all.
 */
@Component
@Transactional
public class TrainingEvidence {

    /** The largest file accepted. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    /** The most files one record keeps. */
    static final int PER_RECORD = 10;

    private final TrainingLog log;
    private final StoredFiles files;

    TrainingEvidence(TrainingLog log, JdbcClient jdbc, Clock clock) {
        this.log = log;
        this.files = new StoredFiles(jdbc, clock, "training_evidence", "record_id");
    }

    /** A file and its type as recognised. */
    public record EvidenceFile(UUID id, String contentType, byte[] content) {}

    /** Records a person's training with the file that proves it, if one came (null: none). */
    public Created<TrainingRecord> record(RecordTraining details, byte[] file, Viewer viewer) {
        checkBeforeWriting(file);
        var created = log.record(details, viewer);
        if (file != null && created.isNew()) {
            add(created.record().id(), file, viewer);
        }
        return created;
    }

    /**
     * Corrects a record as the API's PUT does, adding the file that came with the correction (null: none): a returned
     * record waits for approval again.
     */
    public TrainingRecord revise(
            UUID id, Precondition precondition, RecordTraining details, byte[] file, Viewer viewer) {
        checkBeforeWriting(file);
        var revised = log.revise(id, precondition, details, viewer);
        if (file == null) {
            return revised;
        }
        add(id, file, viewer);
        return log.trainingRecord(id, viewer);
    }

    /** Adds a file to a record that the viewer may change, with an entry in the record's history. */
    public UUID add(UUID recordId, byte[] content, Viewer viewer) {
        log.evidenceAdded(recordId, viewer);
        return files.add(
                recordId,
                typeOf(content),
                content,
                viewer.userId(),
                PER_RECORD,
                "file",
                "training.rule.tooMuchEvidence");
    }

    /** The files of a record, oldest first; the caller has checked that the viewer reads it. */
    @Transactional(readOnly = true)
    public List<UUID> of(UUID recordId) {
        return files.of(recordId);
    }

    /** The files of each of the records, oldest first; the caller has checked that the viewer reads them. */
    @Transactional(readOnly = true)
    public Map<UUID, List<UUID>> ofEach(Collection<UUID> recordIds) {
        return files.ofEach(recordIds);
    }

    @Transactional(readOnly = true)
    public EvidenceFile file(UUID recordId, UUID fileId, Viewer viewer) {
        log.trainingRecord(recordId, viewer);
        return files.find(recordId, fileId)
                .map(file -> new EvidenceFile(file.id(), file.contentType(), file.content()))
                .orElseThrow(() -> new NotFoundException("Evidence", fileId));
    }

    /** A file too large, or neither a PDF nor a photo, is refused before anything is written. */
    private static void checkBeforeWriting(byte[] file) {
        if (file != null) {
            typeOf(file);
        }
    }

    /** The file's type as its content shows it; a file too large, or neither a PDF nor a photo, is refused. */
    private static String typeOf(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw new InvalidRequestException("file", "training.rule.evidenceTooLarge", MAX_BYTES / (1024 * 1024));
        }
        return StoredFiles.documentTypeOf(content)
                .orElseThrow(() -> new InvalidRequestException("file", "training.rule.evidenceType"));
    }
}
