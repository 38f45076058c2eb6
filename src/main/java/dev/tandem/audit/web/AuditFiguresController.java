package dev.tandem.audit.web;

import dev.tandem.audit.InspectionFigures;
import dev.tandem.audit.InspectionFigures.Period;
import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.shared.Viewer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The inspections' figures, within what the viewer reads: a page with each figure and how it is made, and the
 * dashboard's panel of the headline ones ({@code InspectionApi} gives them over the API).
 */
@Controller
class AuditFiguresController {

    private final InspectionFigures figures;
    private final OrganisationQueries organisations;

    AuditFiguresController(InspectionFigures figures, OrganisationQueries organisations) {
        this.figures = figures;
        this.organisations = organisations;
    }

    @GetMapping("/audit/figures")
    String page(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) UUID siteId,
            Viewer viewer,
            Locale locale,
            Model model) {
        model.addAttribute("figures", figures.figures(new Period(from, to, siteId, null), viewer, locale));
        model.addAttribute("siteId", siteId);
        model.addAttribute("sites", organisations.siteOptions());
        return "audit/figures";
    }

    /** The dashboard's panel for its site and organisation: the last twelve months. */
    @GetMapping("/audit/figures/panel")
    String panel(
            @RequestParam(required = false) UUID site,
            @RequestParam(required = false) UUID organisation,
            Viewer viewer,
            Locale locale,
            Model model) {
        model.addAttribute("figures", figures.figures(new Period(null, null, site, organisation), viewer, locale));
        model.addAttribute("siteId", site);
        return "audit/figures :: panel";
    }
}
