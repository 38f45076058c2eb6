package dev.tandem.kpi.web;

import dev.tandem.kpi.figures.KpiFigures;
import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.shared.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * One screen for everyone: the enterprise, a site or a contractor, this month, the year to date and the rolling
 * twelve months, with the trend and the injury pyramid. It stays live: the page listens to {@code
 * /dashboard/stream} and fetches its figures again whenever they change.
 */
@Controller
class DashboardController {

    private final KpiFigures figures;
    private final OrganisationQueries organisations;
    private final DashboardModel views;

    DashboardController(KpiFigures figures, OrganisationQueries organisations, DashboardModel views) {
        this.figures = figures;
        this.organisations = organisations;
        this.views = views;
    }

    @GetMapping("/dashboard")
    String page(@ModelAttribute("query") FigureQuery query, Viewer viewer, Model model) {
        model.addAttribute("sites", organisations.siteOptions());
        model.addAttribute("organisations", organisations.organisationOptions(viewer));
        fill(query, viewer, model);
        return "dashboard/page";
    }

    /** The figures alone, for the page to swap in when the stream says they changed. */
    @GetMapping("/dashboard/figures")
    String figures(@ModelAttribute("query") FigureQuery query, Viewer viewer, Model model) {
        fill(query, viewer, model);
        return "dashboard/page :: figures";
    }

    private void fill(FigureQuery query, Viewer viewer, Model model) {
        var dashboard = figures.dashboard(query.scope(), query.namedMonth(), viewer);
        model.addAttribute("month", dashboard.month().period().last());
        views.fill(dashboard, viewer, model);
    }
}
