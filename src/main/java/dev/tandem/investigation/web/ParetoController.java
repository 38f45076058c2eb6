package dev.tandem.investigation.web;

import dev.tandem.investigation.access.InvestigationAccess;
import dev.tandem.investigation.listing.WhereToLookFirst;
import dev.tandem.shared.Viewer;
import java.time.YearMonth;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where to look first, for the owner company's managers, safety department, directors and administrators: downtime
 * hours by machine and reason over the months chosen (the last three by default), and root causes by class.
 */
@Controller
class ParetoController {

    private final WhereToLookFirst pareto;
    private final InvestigationChoices choices;

    ParetoController(WhereToLookFirst pareto, InvestigationChoices choices) {
        this.pareto = pareto;
        this.choices = choices;
    }

    @GetMapping("/investigations/pareto")
    String show(
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth from,
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth to,
            @RequestParam(required = false) UUID siteId,
            Viewer viewer,
            Model model) {
        if (!InvestigationAccess.readsAll(viewer)) {
            throw new AccessDeniedException("reading where to look first");
        }
        var last = to == null ? choices.thisMonth() : to;
        var first = from == null || from.isAfter(last) ? last.minusMonths(2) : from;
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        model.addAttribute("siteId", siteId);
        model.addAttribute("sites", choices.sites());
        model.addAttribute("downtime", pareto.downtimeHours(first, last, siteId));
        model.addAttribute("rootCauses", pareto.rootCauseClasses(first, last, siteId));
        return "investigation/pareto";
    }
}
