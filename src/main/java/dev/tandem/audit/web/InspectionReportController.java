package dev.tandem.audit.web;

import dev.tandem.audit.InspectionReports;
import dev.tandem.audit.InspectionWork;
import dev.tandem.audit.ReportShares;
import dev.tandem.audit.ReportShares.ShareRow;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.PdfDocuments;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * An inspection's report as a PDF in the reader's language, and the links that share a completed one's report outside
 * Tandem: made, listed with their trail and revoked on the inspection's page ({@link InspectionReportApi} over the
 * API), opened without signing in while neither expired nor revoked.
 */
@Controller
class InspectionReportController {

    private static final int DEFAULT_DAYS = 7;

    private final InspectionWork work;
    private final InspectionReports reports;
    private final ReportShares shares;
    private final PdfDocuments documents;
    private final MessageSource messages;
    private final Clock clock;

    InspectionReportController(
            InspectionWork work,
            InspectionReports reports,
            ReportShares shares,
            PdfDocuments documents,
            MessageSource messages,
            Clock clock) {
        this.work = work;
        this.reports = reports;
        this.shares = shares;
        this.documents = documents;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/audit/inspections/{id}/report.pdf")
    ResponseEntity<byte[]> report(@PathVariable UUID id, Viewer viewer, Locale locale) {
        var inspection = work.inspection(id, viewer);
        var report = reports.of(inspection, locale);
        return documents.download("audit/report", Map.of("report", report), locale, "inspection-" + id + ".pdf");
    }

    /** A shared report, opened without signing in. */
    @GetMapping("/shared/inspections/{token}")
    ResponseEntity<?> shared(@PathVariable String token, Locale locale) {
        return shares.open(token)
                .<ResponseEntity<?>>map(inspection -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_PDF)
                        .header(
                                HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.inline()
                                        .filename("inspection-" + inspection.id() + ".pdf")
                                        .build()
                                        .toString())
                        .body(documents.render(
                                "audit/report", Map.of("report", reports.of(inspection, locale)), locale)))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .contentType(new MediaType(MediaType.TEXT_PLAIN, java.nio.charset.StandardCharsets.UTF_8))
                        .body(messages.getMessage("audit.share.gone", null, locale)));
    }

    /** The report's panel on a completed inspection's page: the PDF, and the links for those who share. */
    @GetMapping("/audit/inspections/{id}/shares")
    String panel(@PathVariable UUID id, Viewer viewer, Model model) {
        var inspection = work.inspection(id, viewer);
        var canShare = ReportShares.canShare(viewer, inspection);
        model.addAttribute("inspection", inspection);
        model.addAttribute("canShare", canShare);
        model.addAttribute("shares", canShare ? shares.shares(id, viewer) : List.<ShareRow>of());
        model.addAttribute("now", Instant.now(clock));
        return "audit/shares :: panel";
    }

    @PostMapping("/audit/inspections/{id}/shares")
    String share(
            @PathVariable UUID id,
            @RequestParam(required = false) Integer days,
            Viewer viewer,
            RedirectAttributes flash) {
        try {
            var made = shares.share(id, days == null ? DEFAULT_DAYS : days, viewer);
            flash.addFlashAttribute("sharedLink", link(made.token()).toString());
        } catch (InvalidRequestException refused) {
            flash.addFlashAttribute("refused", refused);
        }
        return "redirect:/audit/inspections/" + id + "#report";
    }

    @PostMapping("/audit/inspections/{id}/shares/{shareId}/revoke")
    String revoke(@PathVariable UUID id, @PathVariable UUID shareId, Viewer viewer) {
        shares.revoke(id, shareId, viewer);
        return "redirect:/audit/inspections/" + id + "#report";
    }

    /** The address a link's token opens. */
    static URI link(String token) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/shared/inspections/{token}")
                .buildAndExpand(token)
                .toUri();
    }
}
