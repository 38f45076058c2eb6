package dev.tandem.contractor.web;

import static dev.tandem.shared.Role.CONTRACTOR_SUPERVISOR;

import dev.tandem.contractor.onboarding.OnboardingDesk;
import dev.tandem.contractor.prequalification.ContractorStandings;
import dev.tandem.contractor.prequalification.DocumentQueries.DocumentFilter;
import dev.tandem.organisation.OrganisationContacts;
import dev.tandem.organisation.OrganisationQueries.Option;
import dev.tandem.organisation.OrganisationQueries.PersonFilter;
import dev.tandem.organisation.OrganisationQueries.PersonRow;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import dev.tandem.training.RecordTraining;
import dev.tandem.training.TrainingEvidence;
import dev.tandem.training.TrainingResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
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
    private final MessageSource messages;
    private final ContractorStandings standings;
    private final OnboardingDesk onboarding;
    private final ContractorParts parts;
    private final PortalKeeping keeping;

    PortalPage(
            EngagementChoices choices,
            ContractorStandings standings,
            OnboardingDesk onboarding,
            ContractorParts parts,
            PortalKeeping keeping,
            MessageSource messages) {
        this.choices = choices;
        this.messages = messages;
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
        var people = peopleOf(id, viewer);
        model.addAttribute("people", people);
        model.addAttribute("required", parts.standing().of(id, viewer));
        model.addAttribute(
                "documents",
                parts.documents().documents(id, new DocumentFilter(null, null, false), Paging.first(LISTED), viewer));
        model.addAttribute("unapproved", keeping.approvals().unapprovedOf(id, viewer));
        offerTraining(people.items(), null, locale, model);
        // a form that came back with its errors is in the model already, and stays
        model.mergeAttributes(Map.of(
                "detailsForm", OrganisationContacts.of(organisation),
                "documentForm", DocumentForm.blank(),
                "trainingForm", RecordTraining.blank(parts.day().today())));
        return "contractor/portal";
    }

    /**
     * One of the organisation's training records to correct (the safety department returned it, or it still waits):
     * what the safety department said, the files that prove it, its history and its form. Another contractor's record
     * is not found; an approved one is no longer the supervisor's to change.
     */
    String correction(UUID recordId, Viewer viewer, Locale locale, Model model) {
        var id = contractorOf(viewer);
        var record = keeping.training().toCorrect(recordId, viewer);
        model.addAttribute("correcting", record);
        model.addAttribute("files", keeping.evidence().of(record.id()));
        model.addAttribute("history", parts.history().of(record));
        offerTraining(peopleOf(id, viewer).items(), record.personId(), locale, model);
        if (!model.containsAttribute("trainingForm")) {
            model.addAttribute("trainingForm", RecordTraining.of(record));
        }
        return "contractor/portal-training";
    }

    private Page<PersonRow> peopleOf(UUID organisationId, Viewer viewer) {
        return keeping.people()
                .people(new PersonFilter(null, organisationId, null, false), Paging.first(LISTED), viewer);
    }

    /** One of a fixed set of values as a form's choice shows it: its name and its label in the reader's language. */
    record Choice(String id, String label) {}

    /** What the training form offers: the organisation's people (and the record's person), courses and results. */
    private void offerTraining(List<PersonRow> people, UUID recordPerson, Locale locale, Model model) {
        var options = new ArrayList<Option>();
        people.forEach(person -> options.add(new Option(person.id(), person.fullName())));
        if (recordPerson != null
                && options.stream().noneMatch(option -> option.id().equals(recordPerson))) {
            keeping.people().personOption(recordPerson).ifPresent(options::add);
        }
        model.addAttribute("personChoices", options);
        model.addAttribute(
                "competences",
                keeping.competences().current().stream()
                        .map(competence -> new Option(competence.id(), competence.name(locale)))
                        .toList());
        model.addAttribute(
                "results",
                Arrays.stream(TrainingResult.values())
                        .map(result -> new Choice(
                                result.name(), messages.getMessage("training.result." + result, null, locale)))
                        .toList());
        model.addAttribute("maxFileMb", TrainingEvidence.MAX_BYTES / (1024 * 1024));
    }
}
