package dev.tandem.action.web;

import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.organisation.OrganisationQueries.Option;
import dev.tandem.shared.Viewer;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The choices of the action forms and filters: sites, organisations, and owners found by name. */
@Component
class ActionChoices {

    private final OrganisationQueries organisations;

    ActionChoices(OrganisationQueries organisations) {
        this.organisations = organisations;
    }

    List<Option> sites() {
        return organisations.siteOptions();
    }

    List<Option> organisations(Viewer viewer) {
        return organisations.organisationOptions(viewer);
    }

    /**
     * People who may own an action: those matching the search or, without one, the responsible organisation's
     * people; at most a page of them (the form searches for more), with the current owner always among them.
     */
    List<Option> owners(String q, UUID organisationId, UUID current, Viewer viewer) {
        return organisations.personOptions(q, organisationId, current, viewer);
    }
}
