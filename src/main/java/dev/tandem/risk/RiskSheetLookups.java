package dev.tandem.risk;

import dev.tandem.organisation.OrganisationDirectory;
import dev.tandem.organisation.OrganisationQueries;
import dev.tandem.risk.matrix.RiskMatrices;
import dev.tandem.risk.matrix.RiskMatrix;
import org.springframework.stereotype.Component;

/** The plant's names and the current matrix, as an import reads its cells against them. */
@Component
class RiskSheetLookups {

    private final OrganisationQueries organisations;
    private final OrganisationDirectory directory;
    private final HazardTaxonomy taxonomy;
    private final RiskMatrices matrices;

    RiskSheetLookups(
            OrganisationQueries organisations,
            OrganisationDirectory directory,
            HazardTaxonomy taxonomy,
            RiskMatrices matrices) {
        this.organisations = organisations;
        this.directory = directory;
        this.taxonomy = taxonomy;
        this.matrices = matrices;
    }

    RiskSheetNames names() {
        return new RiskSheetNames(organisations.places(), taxonomy.current(), directory.ownerCompanyPeople());
    }

    RiskMatrix matrix() {
        return matrices.current();
    }
}
