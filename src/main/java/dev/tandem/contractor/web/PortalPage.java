package dev.tandem.contractor.web;

import static dev.tandem.shared.Role.CONTRACTOR_SUPERVISOR;

import dev.tandem.contractor.onboarding.OnboardingDesk;
import dev.tandem.contractor.prequalification.ContractorStandings;
import dev.tandem.contractor.prequalification.DocumentQueries.DocumentFilter;
import dev.tandem.organisation.OrganisationContacts;
import dev.tandem.organisation.OrganisationQueries.Option;
import dev.tandem.organisation.OrganisationQueries.PersonFilter;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import dev.tandem.training.RecordTraining;
import dev.tandem.training.TrainingResult;
import java.util.Locale;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The portal as its supervisor sees it: the organisation's contacts, people, documents and training records waiting
 * for approval, its engagements with their mentors, its onboarding and standing. Forms that came back with errors keep
 * what was entered.
 */
@Component
class PortalPage {

    /** The most people and documents the portal lists; their own pages list the rest. */
    static final int LISTED = 50;

    private final EngagementChoices choices;
    private final ContractorStandings standings;
    private final OnboardingDesk onboarding;
    private final ContractorParts parts;
    private final PortalKeeping keeping;

    PortalPage(
            EngagementChoices choices,
            ContractorStandings standings,
            OnboardingDesk onboarding,
            ContractorParts parts,
            PortalKeeping keeping) {
        this.choices = choices;
        this.standings = standings;
        this.onboarding = onboarding;
        this.parts = parts;
        this.keeping = keeping;
    }

    /** The viewer's own contractor: a portal is a contractor's supervisors' and nobody else's. */
    static UUID contractorOf(Viewer viewer) {
        if (!viewer.contractor() || !viewer.has(CONTRACTOR_SUPERVISOR)) {
            throw new AccessDeniedException("a contractor's portal is its supervisors'");
        }
        return viewer.organisationId();
    }

    String show(Viewer viewer, Locale locale, Model model) {
        var id = contractorOf(viewer);
        var organisation = keeping.organisations().organisation(id, viewer);
        model.addAttribute("contractor", organisation);
        model.addAttribute(
                "standing",
                standings.standings(id, Paging.first(1), viewer).items().stream()
                        .findFirst()
                        .orElse(null));
        model.addAttribute("engagements", parts.engagements().engagementsOf(id, viewer));
        model.addAttribute("mentors", choices.mentors());
        model.addAttribute("onboarding", onboarding.onboardingOf(id, viewer).orElse(null));
        var people = keeping.people().people(new PersonFilter(null, id, null, false), Paging.first(LISTED), viewer);
        model.addAttribute("people", people);
        model.addAttribute(
                "personChoices",
                people.items().stream()
                        .map(person -> new Option(person.id(), person.fullName()))
                        .toList());
        model.addAttribute("required", parts.standing().of(id, viewer));
        model.addAttribute(
                "documents",
                parts.documents().documents(id, new DocumentFilter(null, null, false), Paging.first(LISTED), viewer));
        model.addAttribute("unapproved", keeping.approvals().unapprovedOf(id, viewer));
        model.addAttribute(
                "competences",
                keeping.competences().current().stream()
                        .map(competence -> new Option(competence.id(), competence.name(locale)))
                        .toList());
        model.addAttribute("results", TrainingResult.values());
        if (!model.containsAttribute("detailsForm")) {
            model.addAttribute("detailsForm", OrganisationContacts.of(organisation));
        }
        if (!model.containsAttribute("documentForm")) {
            model.addAttribute("documentForm", DocumentForm.blank());
        }
        if (!model.containsAttribute("trainingForm")) {
            model.addAttribute("trainingForm", RecordTraining.blank(parts.day().today()));
        }
        return "contractor/portal";
    }
}
