package dev.tandem.investigation.web;

import dev.tandem.investigation.LessonDesk;
import dev.tandem.shared.Viewer;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** An investigation's report as a PDF in the reader's language, from its page and over the API alike. */
@Controller
class ReportPdfController {

    private final InvestigationReport report;
    private final InvestigationChoices choices;
    private final LessonDesk lessons;

    ReportPdfController(InvestigationReport report, InvestigationChoices choices, LessonDesk lessons) {
        this.report = report;
        this.choices = choices;
        this.lessons = lessons;
    }

    @GetMapping({"/investigations/{id}/report.pdf", "/api/v1/investigations/{id}/report.pdf"})
    ResponseEntity<byte[]> report(@PathVariable UUID id, Viewer viewer, Locale locale) {
        return report.download(id, viewer, locale, choices, lessons);
    }
}
