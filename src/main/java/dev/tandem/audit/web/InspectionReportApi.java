package dev.tandem.audit.web;

import dev.tandem.audit.InspectionReports;
import dev.tandem.audit.InspectionWork;
import dev.tandem.audit.ReportShares;
import dev.tandem.audit.ReportShares.ShareRow;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.PdfDocuments;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An inspection's report as a PDF, and the links that share a completed one's report: made (the link's address is
 * given only in that answer), listed with their trail (who made it, openings, who revoked it) and revoked.
 */
@RestController
@RequestMapping("/api/v1/inspections/{id}")
class InspectionReportApi {

    private static final int DEFAULT_DAYS = 7;

    private final InspectionWork work;
    private final InspectionReports reports;
    private final ReportShares shares;
    private final PdfDocuments documents;

    InspectionReportApi(InspectionWork work, InspectionReports reports, ReportShares shares, PdfDocuments documents) {
        this.work = work;
        this.reports = reports;
        this.shares = shares;
        this.documents = documents;
    }

    @GetMapping("/report")
    ResponseEntity<byte[]> report(@PathVariable UUID id, Viewer viewer, Locale locale) {
        return documents.download(
                "audit/report",
                Map.of("report", reports.of(work.inspection(id, viewer), locale)),
                locale,
                "inspection-" + id + ".pdf");
    }

    /** @param days how long the link opens the report: 1 to 90, 7 when left out */
    record ShareRequest(Integer days) {}

    /** A link made: its address is given only in this answer. */
    record SharedLink(UUID id, URI url, Instant expiresAt) {}

    @PostMapping("/shares")
    ResponseEntity<SharedLink> share(
            @PathVariable UUID id, @RequestBody(required = false) ShareRequest request, Viewer viewer) {
        var made = shares.share(id, request == null || request.days() == null ? DEFAULT_DAYS : request.days(), viewer);
        return ResponseEntity.created(URI.create("/api/v1/inspections/" + id + "/shares/" + made.id()))
                .body(new SharedLink(made.id(), InspectionReportController.link(made.token()), made.expiresAt()));
    }

    @GetMapping("/shares")
    List<ShareRow> shares(@PathVariable UUID id, Viewer viewer) {
        return shares.shares(id, viewer);
    }

    @PostMapping("/shares/{shareId}/revoke")
    ResponseEntity<Void> revoke(@PathVariable UUID id, @PathVariable UUID shareId, Viewer viewer) {
        shares.revoke(id, shareId, viewer);
        return ResponseEntity.noContent().build();
    }
}
