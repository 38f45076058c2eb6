package dev.tandem.investigation.web;

import dev.tandem.investigation.InvestigationStatus;
import dev.tandem.investigation.access.InvestigationAccess;
import dev.tandem.investigation.listing.InvestigationQueries;
import dev.tandem.investigation.listing.InvestigationQueries.InvestigationFilter;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The list of investigations within the viewer's reach, the queue first. */
@Controller
class InvestigationListController {

    private final InvestigationQueries queries;
    private final InvestigationChoices choices;

    InvestigationListController(InvestigationQueries queries, InvestigationChoices choices) {
        this.queries = queries;
        this.choices = choices;
    }

    @GetMapping("/investigations")
    String list(@ModelAttribute("filter") InvestigationFilter filter, Paging paging, Viewer viewer, Model model) {
        model.addAttribute("page", queries.investigations(filter, paging, viewer));
        model.addAttribute("statuses", InvestigationStatus.values());
        model.addAttribute("sites", choices.sites());
        model.addAttribute("readsAll", InvestigationAccess.readsAll(viewer));
        return "investigation/list";
    }
}
