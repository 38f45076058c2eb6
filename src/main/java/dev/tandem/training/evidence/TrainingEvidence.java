package dev.tandem.training.evidence;

import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Pictures;
import dev.tandem.shared.web.StoredFiles;
import dev.tandem.training.TrainingLog;
import dev.tandem.training.access.TrainingAccess;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files that prove a training record, kept beside it in the database: a scanned certificate or protocol (PDF) or
 * a photo of a signed sheet, recognised by their content rather than by what the client claims. Who may change a
 * record adds them; who may read it reads them.
 */
@Component
@Transactional
public class TrainingEvidence {

    /** The largest file accepted. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    /** The most files one record keeps. */
    static final int PER_RECORD = 10;

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final TrainingLog log;
    private final StoredFiles files;

    TrainingEvidence(TrainingLog log, JdbcClient jdbc, Clock clock) {
        this.log = log;
        this.files = new StoredFiles(jdbc, clock, "training_evidence", "record_id");
    }

    /** A file and its type as recognised. */
    public record EvidenceFile(UUID id, String contentType, byte[] content) {}

    public UUID add(UUID recordId, byte[] content, Viewer viewer) {
        var record = log.trainingRecord(recordId, viewer);
        if (!TrainingAccess.canChange(viewer, record) || record.isVoided()) {
            throw new AccessDeniedException("adding evidence to this training record");
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidRequestException("file", "training.rule.evidenceTooLarge", MAX_BYTES / (1024 * 1024));
        }
        var type = typeOf(content).orElseThrow(() -> new InvalidRequestException("file", "training.rule.evidenceType"));
        return files.add(recordId, type, content, viewer.userId(), PER_RECORD, "file", "training.rule.tooMuchEvidence");
    }

    /** The files of a record, oldest first; the caller has checked that the viewer reads it. */
    @Transactional(readOnly = true)
    public List<UUID> of(UUID recordId) {
        return files.of(recordId);
    }

    @Transactional(readOnly = true)
    public EvidenceFile file(UUID recordId, UUID fileId, Viewer viewer) {
        log.trainingRecord(recordId, viewer);
        return files.find(recordId, fileId)
                .map(file -> new EvidenceFile(file.id(), file.contentType(), file.content()))
                .orElseThrow(() -> new NotFoundException("Evidence", fileId));
    }

    static Optional<String> typeOf(byte[] content) {
        if (content.length >= PDF.length && Arrays.equals(content, 0, PDF.length, PDF, 0, PDF.length)) {
            return Optional.of("application/pdf");
        }
        return Pictures.typeOf(content);
    }
}
