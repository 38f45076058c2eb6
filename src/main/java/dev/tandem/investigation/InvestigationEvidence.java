package dev.tandem.investigation;

import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.web.Pictures;
import dev.tandem.shared.web.StoredFiles;
import dev.tandem.shared.web.StoredFiles.StoredFile;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The evidence of a fact: photos and documents (PDF), recognised by their content rather than by what the client
 * claims, kept beside the fact. The caller checks who may add and read them.
 */
@Component
class InvestigationEvidence {

    /** The largest file accepted. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    /** The most files one fact keeps. */
    static final int PER_FACT = 5;

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private final StoredFiles files;

    InvestigationEvidence(JdbcClient jdbc, Clock clock) {
        this.files = new StoredFiles(jdbc, clock, "investigation_evidence", "fact_id");
    }

    UUID add(UUID factId, byte[] content, UUID by) {
        if (content.length > MAX_BYTES) {
            throw new InvalidRequestException(
                    "files", "investigation.rule.evidenceTooLarge", MAX_BYTES / (1024 * 1024));
        }
        var type = typeOf(content)
                .orElseThrow(() -> new InvalidRequestException("files", "investigation.rule.evidenceType"));
        return files.add(factId, type, content, by, PER_FACT, "files", "investigation.rule.tooMuchEvidence");
    }

    List<UUID> of(UUID factId) {
        return files.of(factId);
    }

    StoredFile file(UUID factId, UUID fileId) {
        return files.find(factId, fileId).orElseThrow(() -> new NotFoundException("Evidence", fileId));
    }

    private static Optional<String> typeOf(byte[] content) {
        if (content.length >= PDF.length && Arrays.equals(content, 0, PDF.length, PDF, 0, PDF.length)) {
            return Optional.of("application/pdf");
        }
        return Pictures.typeOf(content);
    }
}
