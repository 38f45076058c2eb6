package dev.tandem.audit.web;

import dev.tandem.audit.InspectionFigures;
import dev.tandem.audit.InspectionFigures.AuditFigures;
import dev.tandem.audit.InspectionFigures.Period;
import dev.tandem.shared.Viewer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The inspections' figures over the API, within what the viewer reads; each is explained on {@code /audit/figures}. */
@RestController
class AuditFiguresApi {

    private final InspectionFigures figures;

    AuditFiguresApi(InspectionFigures figures) {
        this.figures = figures;
    }

    /** The figures of a period (a year to today by default), for a site or an organisation when given. */
    @GetMapping("/api/v1/inspections/figures")
    AuditFigures figures(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) UUID siteId,
            @RequestParam(required = false) UUID organisationId,
            Viewer viewer,
            Locale locale) {
        return figures.figures(new Period(from, to, siteId, organisationId), viewer, locale);
    }
}
