package dev.tandem.investigation.web;

import dev.tandem.investigation.InvestigationClosing;
import dev.tandem.investigation.InvestigationDesk;
import dev.tandem.investigation.LessonDesk;
import dev.tandem.investigation.analysis.InvestigationDiagrams;
import dev.tandem.investigation.listing.InvestigationTimeline;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.PdfDocuments;
import java.util.HashMap;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * An investigation's report as a PDF in the reader's language: what was investigated, the team, the facts, the
 * methods' diagrams, the root causes, the actions raised on them and the lesson learned.
 */
@Component
class InvestigationReport {

    private final InvestigationDesk desk;
    private final InvestigationTimeline timeline;
    private final InvestigationDiagrams diagrams;
    private final InvestigationClosing closing;
    private final PdfDocuments documents;

    InvestigationReport(
            InvestigationDesk desk,
            InvestigationTimeline timeline,
            InvestigationDiagrams diagrams,
            InvestigationClosing closing,
            PdfDocuments documents) {
        this.desk = desk;
        this.timeline = timeline;
        this.diagrams = diagrams;
        this.closing = closing;
        this.documents = documents;
    }

    ResponseEntity<byte[]> download(
            UUID id, Viewer viewer, Locale locale, InvestigationChoices choices, LessonDesk lessons) {
        var investigation = desk.investigation(id, viewer);
        var zone = choices.zoneOf(investigation.siteId());
        var model = new HashMap<String, Object>();
        model.put("record", investigation);
        model.put("zone", zone);
        model.put("names", choices.names(investigation));
        model.put("records", desk.subjects(investigation, viewer));
        model.put("timeline", timeline.of(investigation, viewer, zone, locale));
        model.put("whySvgs", diagrams.whys(investigation, locale));
        model.put("fishboneSvg", diagrams.fishbone(investigation, locale));
        model.put("chartSvg", diagrams.chart(investigation));
        model.put("actions", closing.actionRows(id, viewer));
        // a model holds no nulls: without a lesson the template finds none
        lessons.ofInvestigation(investigation, viewer)
                .map(lesson -> lesson.textIn(locale.getLanguage()))
                .ifPresent(lesson -> model.put("lesson", lesson));
        return documents.download("investigation/report", model, locale, "investigation-" + id + ".pdf");
    }
}
