package dev.tandem.risk.web;

import dev.tandem.risk.RiskAccess;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.RowProblems;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The register from a spreadsheet, on a page: the template to fill in, the upload, and the import's progress (rows
 * read and checked, then written), polled until it ends with what it did or every wrong cell.
 */
@Controller
class RiskImportController {

    private final RiskImportJobs jobs;
    private final RiskTemplate template;
    private final RowProblems problems;
    private final MessageSource messages;

    RiskImportController(RiskImportJobs jobs, RiskTemplate template, RowProblems problems, MessageSource messages) {
        this.jobs = jobs;
        this.template = template;
        this.problems = problems;
        this.messages = messages;
    }

    @GetMapping("/risks/import")
    String page(Viewer viewer) {
        requireKeeper(viewer);
        return "risks/import";
    }

    @PostMapping("/risks/import")
    String upload(
            @RequestParam(name = "file", required = false) MultipartFile file,
            Viewer viewer,
            Locale locale,
            Model model) {
        requireKeeper(viewer);
        try {
            return "redirect:/risks/imports/" + jobs.start(file, viewer).id();
        } catch (InvalidRequestException unreadable) {
            model.addAttribute(
                    "importProblem", messages.getMessage(unreadable.messageCode(), unreadable.arguments(), locale));
            return "risks/import";
        }
    }

    /** The job's page, or (asked by the page itself while the job runs) only its progress. */
    @GetMapping("/risks/imports/{id}")
    String job(
            @PathVariable UUID id,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Viewer viewer,
            Locale locale,
            Model model) {
        var job = jobs.job(id, viewer);
        model.addAttribute("job", job);
        if (job.problem() != null) {
            model.addAttribute(
                    "importProblem",
                    messages.getMessage(
                            job.problem().messageCode(), job.problem().arguments(), locale));
        }
        if (job.report() != null && !job.report().accepted()) {
            model.addAttribute("importErrors", problems.rows(job.report().errors()));
        }
        return htmx != null ? "risks/import :: progress" : "risks/import";
    }

    @GetMapping("/risks/template.xlsx")
    ResponseEntity<StreamingResponseBody> template(Viewer viewer, Locale locale) {
        requireKeeper(viewer);
        return RiskImportApi.template(template, viewer, locale);
    }

    private static void requireKeeper(Viewer viewer) {
        if (!RiskAccess.keepsRegister(viewer)) {
            throw new AccessDeniedException("importing the risk register");
        }
    }
}
