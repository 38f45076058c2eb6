package dev.tandem.training.web;

import dev.tandem.shared.Paging;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import dev.tandem.shared.web.Pictures;
import dev.tandem.training.ApprovalStatus;
import dev.tandem.training.CompetenceCatalogue;
import dev.tandem.training.TrainingApprovals;
import dev.tandem.training.TrainingEvidence;
import dev.tandem.training.TrainingLog;
import dev.tandem.training.access.TrainingAccess;
import dev.tandem.training.listing.TrainingFilter;
import dev.tandem.training.listing.TrainingQueries;
import dev.tandem.training.listing.TrainingQueries.TrainingRow;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The training records the viewer reads, filtered and paged; the safety department approves from here what
 * contractors' supervisors entered, or returns it with what to change, with the queue of each contractor's waiting
 * records above.
 */
@Controller
class TrainingRecordsController {

    private static final String QUEUE = "redirect:/training/records?status=PENDING_APPROVAL";

    private final TrainingQueries queries;
    private final TrainingLog log;
    private final CompetenceCatalogue catalogue;
    private final TrainingApprovals approvals;
    private final TrainingEvidence evidence;

    TrainingRecordsController(
            TrainingQueries queries,
            TrainingLog log,
            CompetenceCatalogue catalogue,
            TrainingApprovals approvals,
            TrainingEvidence evidence) {
        this.queries = queries;
        this.log = log;
        this.catalogue = catalogue;
        this.approvals = approvals;
        this.evidence = evidence;
    }

    @GetMapping("/training/records")
    String list(
            @ModelAttribute("filter") TrainingFilter filter, Paging paging, Viewer viewer, Locale locale, Model model) {
        var page = queries.records(filter, paging, viewer);
        model.addAttribute("page", page);
        model.addAttribute(
                "files",
                evidence.ofEach(page.items().stream().map(TrainingRow::id).toList()));
        model.addAttribute("statuses", ApprovalStatus.values());
        model.addAttribute(
                "competences",
                catalogue.current().stream()
                        .map(competence -> new dev.tandem.organisation.OrganisationQueries.Option(
                                competence.id(), competence.name(locale)))
                        .toList());
        model.addAttribute("canApprove", TrainingAccess.approves(viewer));
        model.addAttribute("queue", TrainingAccess.approves(viewer) ? approvals.queue(viewer) : java.util.List.of());
        model.addAttribute("canRecord", TrainingAccess.records(viewer));
        return "training/records";
    }

    /** A file that proves a record, for whoever reads the record. */
    @GetMapping("/training/records/{id}/evidence/{fileId}")
    ResponseEntity<byte[]> evidence(@PathVariable UUID id, @PathVariable UUID fileId, Viewer viewer) {
        var file = evidence.file(id, fileId, viewer);
        return Pictures.response(file.contentType(), file.content());
    }

    /** The safety department approves a record and comes back to the list it was on. */
    @PostMapping("/training/records/{id}/approve")
    String approve(@PathVariable UUID id, Long version, Viewer viewer, RedirectAttributes flash) {
        Forms.stepTaken(flash, "refused", () -> log.approve(id, Precondition.version(version), viewer));
        return QUEUE;
    }

    /** The safety department returns a record to its supervisor with what to change. */
    @PostMapping("/training/records/{id}/return")
    String returnRecord(
            @PathVariable UUID id,
            Long version,
            @RequestParam(required = false) String comment,
            Viewer viewer,
            RedirectAttributes flash) {
        Forms.stepTaken(flash, "refused", () -> log.returnRecord(id, Precondition.version(version), comment, viewer));
        return QUEUE;
    }
}
