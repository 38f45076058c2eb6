package dev.tandem.training.evidence;

import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Pictures;
import dev.tandem.training.TrainingLog;
import dev.tandem.training.access.TrainingAccess;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
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
    private final JdbcClient jdbc;
    private final Clock clock;

    TrainingEvidence(TrainingLog log, JdbcClient jdbc, Clock clock) {
        this.log = log;
        this.jdbc = jdbc;
        this.clock = clock;
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
        if (of(recordId).size() >= PER_RECORD) {
            throw new InvalidRequestException("file", "training.rule.tooMuchEvidence", PER_RECORD);
        }
        var id = UUID.randomUUID();
        jdbc.sql(
                        """
                        insert into training_evidence (id, record_id, content_type, size_bytes, content, added_at, added_by)
                        values (:id, :record, :type, :size, :content, :at, :by)""")
                .param("id", id)
                .param("record", recordId)
                .param("type", type)
                .param("size", content.length)
                .param("content", content)
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("by", viewer.userId())
                .update();
        return id;
    }

    /** The files of a record, oldest first; the caller has checked that the viewer reads it. */
    @Transactional(readOnly = true)
    public List<UUID> of(UUID recordId) {
        return jdbc.sql("select id from training_evidence where record_id = :record order by added_at, id")
                .param("record", recordId)
                .query(UUID.class)
                .list();
    }

    @Transactional(readOnly = true)
    public EvidenceFile file(UUID recordId, UUID fileId, Viewer viewer) {
        log.trainingRecord(recordId, viewer);
        return jdbc.sql(
                        "select id, content_type, content from training_evidence where id = :id and record_id = :record")
                .param("id", fileId)
                .param("record", recordId)
                .query(EvidenceFile.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Evidence", fileId));
    }

    static Optional<String> typeOf(byte[] content) {
        if (content.length >= PDF.length && Arrays.equals(content, 0, PDF.length, PDF, 0, PDF.length)) {
            return Optional.of("application/pdf");
        }
        return Pictures.typeOf(content);
    }
}
