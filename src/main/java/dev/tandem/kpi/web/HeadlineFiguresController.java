package dev.tandem.kpi.web;

import dev.tandem.kpi.figures.FigureScope;
import dev.tandem.kpi.figures.Figures;
import dev.tandem.kpi.figures.KpiFigures;
import dev.tandem.kpi.figures.Period;
import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The director's start-page panel: the dashboard's headline figures of the year to date, one row per site (the
 * director's own site first) and the enterprise's total, each a link to that site's dashboard.
 */
@Controller
class HeadlineFiguresController {

    private final KpiFigures figures;
    private final OrganisationQueries organisations;

    HeadlineFiguresController(KpiFigures figures, OrganisationQueries organisations) {
        this.figures = figures;
        this.organisations = organisations;
    }

    /** A site's (or, without a site, the enterprise's) figures of the year to date. */
    record Headline(String siteName, UUID siteId, Figures figures) {}

    @GetMapping("/dashboard/headlines")
    String headlines(Viewer viewer, Model model) {
        viewer.requireOwnerRole(Role.DIRECTOR);
        var rows = new ArrayList<Headline>();
        organisations.siteOptions().stream()
                .sorted(Comparator.comparing(site -> !site.id().equals(viewer.siteId())))
                .forEach(site -> rows.add(
                        new Headline(site.label(), site.id(), yearToDate(FigureScope.site(site.id()), viewer))));
        rows.add(new Headline(null, null, yearToDate(FigureScope.enterprise(), viewer)));
        model.addAttribute("headlines", rows);
        return "dashboard/headlines";
    }

    private Figures yearToDate(FigureScope scope, Viewer viewer) {
        return figures.figures(scope, Period.Kind.YTD, Optional.empty(), viewer);
    }
}
