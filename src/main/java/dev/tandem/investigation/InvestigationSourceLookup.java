package dev.tandem.investigation;

import dev.tandem.action.ActionSource;
import dev.tandem.action.SourceLookup;
import dev.tandem.action.SourceType;
import dev.tandem.investigation.access.InvestigationAccess;
import dev.tandem.investigation.store.Investigations;
import dev.tandem.organisation.Organisation;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.shared.Viewer;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Investigations as sources of actions: an action on a root cause is raised on its investigation, tracked on the
 * investigation's site; the contractor whose work is involved answers for it, or else the owner company.
 */
@Component
class InvestigationSourceLookup implements SourceLookup {

    private final Investigations investigations;
    private final OrganisationRegister organisations;

    InvestigationSourceLookup(Investigations investigations, OrganisationRegister organisations) {
        this.investigations = investigations;
        this.organisations = organisations;
    }

    @Override
    public SourceType type() {
        return SourceType.INVESTIGATION;
    }

    @Override
    public Optional<ActionSource> find(UUID sourceId, Viewer viewer) {
        return investigations
                .findById(sourceId)
                .filter(investigation ->
                        !investigation.isVoided() && InvestigationAccess.canRead(viewer, investigation))
                .flatMap(investigation -> Optional.ofNullable(investigation.contractorId())
                        .or(() -> organisations.ownerCompany().map(Organisation::id))
                        .map(organisation -> new ActionSource(investigation.siteId(), organisation, null)));
    }
}
