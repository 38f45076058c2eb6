package dev.tandem.shared.imports;

import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.imports.ImportJobs.Importer;
import dev.tandem.shared.uploads.LargeUploads;
import dev.tandem.shared.web.RowProblems;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The import's answers that every module's page and API give alike: the upload that opens the job's page (or the
 * form again, with why the file was refused), the job's page and the fragment it polls for its progress, and over the
 * API the result when the import has ended, or at once, with {@code Prefer: respond-async}, 202 and where to ask for
 * its progress.
 */
@Component
public class ImportPages implements LargeUploads {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ImportJobs jobs;
    private final RowProblems problems;
    private final MessageSource messages;
    private final Set<String> uploads = ConcurrentHashMap.newKeySet();

    ImportPages(ImportJobs jobs, RowProblems problems, MessageSource messages) {
        this.jobs = jobs;
        this.problems = problems;
        this.messages = messages;
    }

    /** An address where files are sent to be imported, and so may be as large as an import's. */
    void uploadsAt(String path) {
        uploads.add(path);
    }

    @Override
    public boolean at(String path) {
        return uploads.contains(path);
    }

    /** What an import did, as the API answers it. */
    public record Imported(int created, int updated, int unchanged) {}

    /** Writes an import's template workbook. */
    @FunctionalInterface
    public interface TemplateWriter {
        void write(OutputStream out) throws IOException;
    }

    /** The template as a download named {@code name} and the day, for the page and the API alike. */
    public static ResponseEntity<StreamingResponseBody> template(String name, TemplateWriter writer) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name + "-" + LocalDate.now() + ".xlsx")
                                .build()
                                .toString())
                .body(writer::write);
    }

    /** The import's page, before a file is sent. */
    public String page(ImportPage page, Model model) {
        model.addAttribute("importPage", page);
        return page.view();
    }

    /** The file uploaded on a page: to the page of its job, or the page again with why the file was refused. */
    public String upload(
            ImportPage page, MultipartFile file, Viewer viewer, Importer importer, Locale locale, Model model) {
        try {
            return "redirect:" + page.jobPath()
                    + jobs.start(page.kind(), file, viewer, importer).id();
        } catch (InvalidRequestException unreadable) {
            model.addAttribute("importProblem", message(unreadable, locale));
            return page(page, model);
        }
    }

    /** The job's page, or (asked by the page itself while the job runs) only its progress. */
    public String job(ImportPage page, UUID id, boolean progressOnly, Viewer viewer, Locale locale, Model model) {
        var job = jobs.job(page.kind(), id, viewer);
        model.addAttribute("importPage", page);
        model.addAttribute("job", job);
        if (job.problem() != null) {
            model.addAttribute("importProblem", message(job.problem(), locale));
        }
        if (job.report() != null && !job.report().accepted()) {
            model.addAttribute("importErrors", problems.rows(job.report().errors()));
        }
        return progressOnly ? "imports :: progress" : page.view();
    }

    /**
     * The API's import: 200 with what it did, or 400 with every wrong cell and nothing written; with {@code Prefer:
     * respond-async}, 202 at once, its progress at {@code /api/v1/imports/{id}}.
     */
    public ResponseEntity<?> api(String kind, MultipartFile file, String prefer, Viewer viewer, Importer importer) {
        if (prefer != null && prefer.toLowerCase(Locale.ROOT).contains("respond-async")) {
            var job = jobs.start(kind, file, viewer, importer);
            return ResponseEntity.accepted()
                    .location(URI.create("/api/v1/imports/" + job.id()))
                    .body(ImportJobApi.Progress.of(job, problems, messages));
        }
        var report = jobs.importNow(kind, file, viewer, importer);
        if (!report.accepted()) {
            return problems.rejectedFile(report.errors());
        }
        return ResponseEntity.ok(new Imported(report.created(), report.updated(), report.unchanged()));
    }

    private String message(InvalidRequestException problem, Locale locale) {
        return messages.getMessage(problem.messageCode(), problem.arguments(), locale);
    }
}
