package dev.tandem.contractor;

import dev.tandem.contractor.prequalification.ContractorDocuments;
import dev.tandem.contractor.prequalification.ContractorRegister;
import dev.tandem.contractor.prequalification.PlantDay;
import dev.tandem.contractor.prequalification.PolicyRegister;
import dev.tandem.history.AuditedRecords;
import dev.tandem.history.Created;
import dev.tandem.history.History;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.StoredFiles;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contractors' documents with their scans. A document is filed with its scan in one step, or not at all: one of a kind
 * the contractor's type does not require, one already expired, or a file that is not a PDF or a photo writes nothing.
 */
@Service
@Transactional
public class DocumentFiling {

    /** The largest scan accepted. */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    /** The most scans one document keeps. */
    static final int PER_DOCUMENT = 5;

    private final ContractorDocuments documents;
    private final AuditedRecords<ContractorDocument> records;
    private final ContractorRegister contractors;
    private final PolicyRegister policies;
    private final StoredFiles files;
    private final PlantDay day;
    private final Clock clock;

    DocumentFiling(
            ContractorDocuments documents,
            History history,
            ContractorRegister contractors,
            PolicyRegister policies,
            JdbcClient jdbc,
            PlantDay day,
            Clock clock) {
        this.documents = documents;
        this.records = history.auditing(
                documents, (viewer, document) -> ContractorAccess.canRead(viewer, document.organisationId()));
        this.contractors = contractors;
        this.policies = policies;
        this.files = new StoredFiles(jdbc, clock, "contractor_document_file", "document_id");
        this.day = day;
        this.clock = clock;
    }

    /** A scan and its type as recognised by its content. */
    public record Scan(UUID id, String contentType, byte[] content) {}

    @Transactional(readOnly = true)
    public ContractorDocument document(UUID id, Viewer viewer) {
        var document = documents.findById(id).orElseThrow(() -> new NotFoundException("ContractorDocument", id));
        ContractorAccess.requireRead(viewer, document.organisationId());
        return document;
    }

    /** A document read on Tandem's own behalf (reminders), whoever may read it. */
    @Transactional(readOnly = true)
    public Optional<ContractorDocument> findDocument(UUID id) {
        return documents.findById(id);
    }

    @Transactional(readOnly = true)
    public List<ContractorDocument> documentsOf(UUID organisationId, Viewer viewer) {
        contractors.contractor(organisationId, viewer);
        return documents.findByOrganisation(organisationId);
    }

    /**
     * Files a document of the contractor with its scan; the safety department's own entries are approved as entered.
     * Sending the same id again returns the stored document and writes nothing.
     */
    public Created<ContractorDocument> submit(
            UUID id, UUID organisationId, SubmitDocument command, byte[] scan, Viewer viewer) {
        contractors.contractor(organisationId, viewer);
        ContractorAccess.requireSubmit(viewer, organisationId);
        var created = records.create(
                id,
                (replayer, stored) -> ContractorAccess.requireSubmit(replayer, stored.organisationId()),
                newId -> {
                    requireKind(organisationId, command.code(), viewer);
                    checkScan(scan);
                    return ContractorDocument.submitted(
                            newId,
                            organisationId,
                            command,
                            day.today(),
                            ContractorAccess.canDecide(viewer) ? viewer.personId() : null,
                            Instant.now(clock));
                },
                viewer);
        if (created.isNew()) {
            files.add(
                    created.record().id(),
                    checkScan(scan),
                    scan,
                    viewer.userId(),
                    PER_DOCUMENT,
                    "file",
                    "contractor.rule.tooManyScans");
        }
        return created;
    }

    public ContractorDocument review(
            UUID id, Precondition precondition, boolean approved, String comment, Viewer viewer) {
        var document = document(id, viewer);
        ContractorAccess.requireDecide(viewer);
        return records.change(
                document,
                precondition,
                changed -> changed.review(approved, comment, viewer.personId(), Instant.now(clock)),
                viewer);
    }

    public ContractorDocument voidDocument(UUID id, String reason, Viewer viewer) {
        var document = document(id, viewer);
        ContractorAccess.requireSubmit(viewer, document.organisationId());
        return records.voidRecord(document, reason, viewer);
    }

    @Transactional(readOnly = true)
    public List<UUID> scansOf(UUID documentId) {
        return files.of(documentId);
    }

    @Transactional(readOnly = true)
    public Scan scan(UUID documentId, UUID scanId, Viewer viewer) {
        document(documentId, viewer);
        return files.find(documentId, scanId)
                .map(file -> new Scan(file.id(), file.contentType(), file.content()))
                .orElseThrow(() -> new NotFoundException("Scan", scanId));
    }

    private void requireKind(UUID organisationId, String code, Viewer viewer) {
        var policyId = contractors.prequalification(organisationId, viewer).policyId();
        var required = Optional.ofNullable(policyId)
                .flatMap(policies::findPolicy)
                .flatMap(policy -> policy.document(code.trim()));
        if (required.isEmpty()) {
            throw new InvalidRequestException("code", "contractor.rule.noSuchDocumentKind", code);
        }
    }

    private static String checkScan(byte[] scan) {
        if (scan == null || scan.length == 0) {
            throw new InvalidRequestException("file", "contractor.rule.scanRequired");
        }
        if (scan.length > MAX_BYTES) {
            throw new InvalidRequestException("file", "contractor.rule.scanTooLarge", MAX_BYTES / (1024 * 1024));
        }
        return StoredFiles.documentTypeOf(scan)
                .orElseThrow(() -> new InvalidRequestException("file", "contractor.rule.scanType"));
    }
}
