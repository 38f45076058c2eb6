package dev.tandem.equipment.web;

import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.organisation.OrganisationQueries.Option;
import dev.tandem.organisation.OrganisationQueries.SitePlaces;
import java.util.List;
import org.springframework.stereotype.Component;

/** The choices of the equipment forms and filters: sites, and the areas of each site. */
@Component
class EquipmentChoices {

    private final OrganisationQueries organisations;

    EquipmentChoices(OrganisationQueries organisations) {
        this.organisations = organisations;
    }

    List<Option> sites() {
        return organisations.siteOptions();
    }

    /** Every current site with its current areas, for a picker grouped by site. */
    List<SitePlaces> places() {
        return organisations.places();
    }
}
