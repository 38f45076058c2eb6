package dev.tandem.contractor.web;

import dev.tandem.contractor.ContractorAccess;
import dev.tandem.contractor.prequalification.ContractorStandings;
import dev.tandem.contractor.prequalification.ContractorStandings.Standing;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Contractors' documents and onboarding at a glance: the dashboard's panel (empty for those who read no contractor)
 * and the same over the API.
 */
@Controller
class StandingsController {

    private final ContractorStandings standings;

    StandingsController(ContractorStandings standings) {
        this.standings = standings;
    }

    @GetMapping("/contractors/standings")
    String panel(@RequestParam(required = false) UUID organisation, Viewer viewer, Model model) {
        model.addAttribute(
                "standings",
                ContractorAccess.readsContractors(viewer)
                        ? standings.standings(organisation, Paging.first(Paging.DEFAULT_SIZE), viewer)
                        : null);
        return "contractor/standings :: panel";
    }

    /** Contractors not offboarded, those with documents not valid or expiring first. */
    @GetMapping("/api/v1/contractors/standings")
    @ResponseBody
    Page<Standing> api(@RequestParam(required = false) UUID organisationId, Paging paging, Viewer viewer) {
        return standings.standings(organisationId, paging, viewer);
    }
}
