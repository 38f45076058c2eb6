package dev.tandem.contractor.web;

import dev.tandem.contractor.ContractorDocument;
import dev.tandem.contractor.DocumentFiling;
import dev.tandem.contractor.web.ContractorViews.DocumentView;
import dev.tandem.history.History;
import dev.tandem.history.HistoryEntry;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Pictures;
import dev.tandem.shared.web.Versions;
import dev.tandem.shared.web.VoidRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** One contractor document: read it and its scans, approve or return it, void it. */
@RestController
@RequestMapping("/api/v1/contractor-documents")
class ContractorDocumentApi {

    private final DocumentFiling filing;
    private final History history;

    ContractorDocumentApi(DocumentFiling filing, History history) {
        this.filing = filing;
        this.history = history;
    }

    @GetMapping("/{id}")
    ResponseEntity<DocumentView> get(@PathVariable UUID id, Viewer viewer) {
        return tagged(filing.document(id, viewer));
    }

    /** The safety department approves a submitted document, or returns it with a comment. */
    @PostMapping("/{id}/review")
    ResponseEntity<DocumentView> review(
            @PathVariable UUID id, Precondition precondition, @Valid @RequestBody Decision review, Viewer viewer) {
        return tagged(filing.review(id, precondition, review.approved(), review.comment(), viewer));
    }

    @PostMapping("/{id}/void")
    ResponseEntity<DocumentView> voidDocument(
            @PathVariable UUID id, @Valid @RequestBody VoidRequest request, Viewer viewer) {
        return tagged(filing.voidDocument(id, request.reason(), viewer));
    }

    @GetMapping("/{id}/history")
    List<HistoryEntry> history(@PathVariable UUID id, Viewer viewer) {
        return history.of(filing.document(id, viewer));
    }

    @GetMapping("/{id}/scans/{scanId}")
    ResponseEntity<byte[]> scan(@PathVariable UUID id, @PathVariable UUID scanId, Viewer viewer) {
        var scan = filing.scan(id, scanId, viewer);
        return Pictures.response(scan.contentType(), scan.content());
    }

    private ResponseEntity<DocumentView> tagged(ContractorDocument document) {
        return Versions.tagged(document.version(), DocumentView.of(document, filing.scansOf(document.id())));
    }
}
