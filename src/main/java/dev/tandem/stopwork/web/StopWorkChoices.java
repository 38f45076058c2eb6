package dev.tandem.stopwork.web;

import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.organisation.OrganisationQueries.Option;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.risk.RiskFilter;
import dev.tandem.risk.RiskQueries;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * What a stop's forms offer: whose work a stop may name (the owner company's people any organisation's, a contractor's
 * its own or the plant's), and the risks of its area that compensating measures may answer to.
 */
@Component
class StopWorkChoices {

    private final OrganisationQueries organisations;
    private final OrganisationRegister register;
    private final RiskQueries risks;

    StopWorkChoices(OrganisationQueries organisations, OrganisationRegister register, RiskQueries risks) {
        this.organisations = organisations;
        this.register = register;
        this.risks = risks;
    }

    /** The risks of the register in the stop's area that compensating measures may answer to. */
    List<Option> risksOf(UUID areaId, Viewer viewer) {
        var filter = new RiskFilter(null, null, areaId, null, null, null, null, null, null, null, null, null, null);
        return risks.risks(filter, Paging.first(Paging.MAX_SIZE), viewer).items().stream()
                .map(risk -> new Option(risk.id(), risk.hazard() + " · " + risk.activity()))
                .toList();
    }

    List<Option> whoseWork(Viewer viewer) {
        var options = new ArrayList<>(organisations.organisationOptions(viewer));
        if (viewer.contractor()) {
            register.ownerCompany().ifPresent(owner -> options.add(new Option(owner.id(), owner.name())));
        }
        return options;
    }
}
