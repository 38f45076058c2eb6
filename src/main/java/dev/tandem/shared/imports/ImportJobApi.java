package dev.tandem.shared.imports;

import dev.tandem.shared.Viewer;
import dev.tandem.shared.imports.ImportJob.Stage;
import dev.tandem.shared.web.RowProblems;
import dev.tandem.shared.web.RowProblems.RowProblem;
import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** How far an import started over the API ({@code Prefer: respond-async}) or on a page has come: its starter's only. */
@RestController
class ImportJobApi {

    private final ImportJobs jobs;
    private final RowProblems problems;
    private final MessageSource messages;

    ImportJobApi(ImportJobs jobs, RowProblems problems, MessageSource messages) {
        this.jobs = jobs;
        this.problems = problems;
        this.messages = messages;
    }

    /**
     * An import's progress and, once it has ended, what it did.
     *
     * @param read rows read and checked
     * @param written rows written of {@code total}, once every row was read and right
     * @param created null until the import has ended and was accepted; so are {@code updated} and {@code unchanged}
     * @param rows every wrong cell of a refused file (nothing was written)
     * @param problem why the file was refused as a whole, such as not being a spreadsheet
     */
    record Progress(
            UUID id,
            String kind,
            Stage stage,
            int read,
            int written,
            int total,
            int percent,
            Integer created,
            Integer updated,
            Integer unchanged,
            List<RowProblem> rows,
            String problem) {

        static Progress of(ImportJob job, RowProblems problems, MessageSource messages) {
            var report = job.report();
            boolean done = report != null && report.accepted();
            return new Progress(
                    job.id(),
                    job.kind(),
                    job.stage(),
                    job.read(),
                    job.written(),
                    job.total(),
                    job.percent(),
                    done ? report.created() : null,
                    done ? report.updated() : null,
                    done ? report.unchanged() : null,
                    report == null ? List.of() : problems.rows(report.errors()),
                    job.problem() == null
                            ? null
                            : messages.getMessage(
                                    job.problem().messageCode(),
                                    job.problem().arguments(),
                                    LocaleContextHolder.getLocale()));
        }
    }

    @GetMapping("/api/v1/imports/{id}")
    Progress progress(@PathVariable UUID id, Viewer viewer) {
        return Progress.of(jobs.job(null, id, viewer), problems, messages);
    }
}
