package dev.tandem.contractor.web;

import static dev.tandem.shared.Role.CONTRACTOR_SUPERVISOR;

import dev.tandem.contractor.engagement.EngagementDesk;
import dev.tandem.contractor.onboarding.OnboardingDesk;
import dev.tandem.contractor.prequalification.ContractorRegister;
import dev.tandem.contractor.prequalification.ContractorStandings;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The contractor's portal, its supervisor's own: the organisation's standing, its engagements with their mentors, its
 * onboarding, and the way to its file (documents, questionnaire, badges), people, training records, actions and
 * figures, each of which shows the supervisor's own organisation only.
 */
@Controller
class PortalController {

    private final ContractorRegister contractors;
    private final ContractorStandings standings;
    private final EngagementDesk engagements;
    private final OnboardingDesk onboarding;
    private final EngagementChoices choices;

    PortalController(
            ContractorRegister contractors,
            ContractorStandings standings,
            EngagementDesk engagements,
            OnboardingDesk onboarding,
            EngagementChoices choices) {
        this.contractors = contractors;
        this.standings = standings;
        this.engagements = engagements;
        this.onboarding = onboarding;
        this.choices = choices;
    }

    @GetMapping("/contractors/portal")
    String portal(Viewer viewer, Model model) {
        if (!viewer.contractor() || !viewer.has(CONTRACTOR_SUPERVISOR)) {
            throw new AccessDeniedException("a contractor's portal is its supervisors'");
        }
        var id = viewer.organisationId();
        model.addAttribute("contractor", contractors.contractor(id, viewer));
        model.addAttribute(
                "standing",
                standings.standings(id, Paging.first(1), viewer).items().stream()
                        .findFirst()
                        .orElse(null));
        model.addAttribute("engagements", engagements.engagementsOf(id, viewer));
        model.addAttribute("mentors", choices.mentors());
        model.addAttribute("onboarding", onboarding.onboardingOf(id, viewer).orElse(null));
        return "contractor/portal";
    }
}
