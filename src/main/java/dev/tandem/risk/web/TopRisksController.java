package dev.tandem.risk.web;

import dev.tandem.action.ActionAccess;
import dev.tandem.risk.ChooseTopRisks;
import dev.tandem.risk.RiskAccess;
import dev.tandem.risk.RiskFilter;
import dev.tandem.risk.RiskQueries;
import dev.tandem.risk.RiskQueries.RiskRow;
import dev.tandem.risk.Roadmaps;
import dev.tandem.risk.TopRiskChoice;
import dev.tandem.risk.TopRisks;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Forms;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The top-5 risks: every site's five on one page, and a site's page with the roadmap of each (its milestones and how
 * far they have got), the director's choice and the history of the choice.
 */
@Controller
class TopRisksController {

    private final Roadmaps roadmaps;
    private final TopRiskChoice choice;
    private final RiskQueries queries;

    TopRisksController(Roadmaps roadmaps, TopRiskChoice choice, RiskQueries queries) {
        this.roadmaps = roadmaps;
        this.choice = choice;
        this.queries = queries;
    }

    @GetMapping("/risks/top")
    String enterprise(Viewer viewer, Model model) {
        model.addAttribute("sites", roadmaps.sites(viewer));
        return "risks/top";
    }

    @GetMapping("/risks/top/{siteId}")
    String site(@PathVariable UUID siteId, Viewer viewer, Model model) {
        return sitePage(siteId, viewer, model);
    }

    @PostMapping("/risks/top/{siteId}")
    String choose(
            @PathVariable UUID siteId,
            Precondition precondition,
            @Valid @ModelAttribute("choice") ChooseTopRisks form,
            BindingResult errors,
            Viewer viewer,
            Model model) {
        return Forms.submit(errors, () -> sitePage(siteId, viewer, model), () -> {
            choice.choose(siteId, precondition, form, viewer);
            return "redirect:/risks/top/" + siteId + "?saved";
        });
    }

    private String sitePage(UUID siteId, Viewer viewer, Model model) {
        var site = roadmaps.site(siteId, viewer);
        boolean canChoose = RiskAccess.canChooseTopRisks(viewer, siteId);
        model.addAttribute("site", site);
        model.addAttribute("canChoose", canChoose);
        model.addAttribute("canPlan", ActionAccess.canPlan(viewer));
        model.addAttribute("history", TopRiskChoice.canReadHistory(viewer) ? choice.history(siteId, viewer) : null);
        if (canChoose) {
            model.addAttribute("ranks", TopRisks.MOST);
            model.addAttribute("candidates", candidates(siteId, site, viewer));
            if (!model.containsAttribute("choice")) {
                model.addAttribute(
                        "choice",
                        new ChooseTopRisks(site.risks().stream()
                                .map(top -> top.risk().id())
                                .toList()));
            }
        }
        return "risks/top-site";
    }

    /** The hundred worst risks of the site (fatal first, then by band), with those chosen now always among them. */
    private List<RiskRow> candidates(UUID siteId, Roadmaps.SiteTopRisks site, Viewer viewer) {
        var rows = new LinkedHashMap<UUID, RiskRow>();
        site.risks().forEach(top -> rows.put(top.risk().id(), top.risk()));
        queries.risks(RiskFilter.none().onSite(siteId), Paging.first(Paging.MAX_SIZE), viewer)
                .items()
                .forEach(row -> rows.putIfAbsent(row.id(), row));
        return new ArrayList<>(rows.values());
    }
}
