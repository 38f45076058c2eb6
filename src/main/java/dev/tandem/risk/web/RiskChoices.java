package dev.tandem.risk.web;

import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.organisation.OrganisationQueries.Option;
import dev.tandem.risk.HazardTaxonomy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The choices of the register's forms and filters: sites, areas by site, hazard categories and owners by name. */
@Component
class RiskChoices {

    private final OrganisationQueries organisations;
    private final HazardTaxonomy taxonomy;

    RiskChoices(OrganisationQueries organisations, HazardTaxonomy taxonomy) {
        this.organisations = organisations;
        this.taxonomy = taxonomy;
    }

    List<Option> sites() {
        return organisations.siteOptions();
    }

    /** Every current area, named with its site. */
    List<Option> areas() {
        var areas = new ArrayList<Option>();
        for (var site : organisations.places()) {
            site.areas().forEach(area -> areas.add(new Option(area.id(), site.siteName() + " — " + area.label())));
        }
        return areas;
    }

    List<Option> categories(Locale locale) {
        return taxonomy.current().stream()
                .map(category -> new Option(category.id(), category.name(locale)))
                .toList();
    }

    /** People of the owner company matching the search, with the current owner always among them. */
    List<Option> owners(String q, UUID current) {
        return organisations.areaOwnerOptions(q, current);
    }
}
