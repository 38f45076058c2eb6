package dev.tandem.risk;

import dev.tandem.action.ActionSource;
import dev.tandem.action.SourceLookup;
import dev.tandem.action.SourceType;
import dev.tandem.organisation.Organisation;
import dev.tandem.organisation.OrganisationRegister;
import dev.tandem.shared.Viewer;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Risks as sources of actions: a compensating measure is raised on the risk itself, the repair of a failed control on
 * the control. Either way the action is tracked on the risk's site and the owner company answers for it, unless the
 * planner names a contractor.
 */
@Component
class RiskSourceLookup implements SourceLookup {

    private final Risks risks;
    private final RiskControls controls;
    private final RiskAccess access;
    private final OrganisationRegister organisations;

    RiskSourceLookup(Risks risks, RiskControls controls, RiskAccess access, OrganisationRegister organisations) {
        this.risks = risks;
        this.controls = controls;
        this.access = access;
        this.organisations = organisations;
    }

    @Override
    public SourceType type() {
        return SourceType.RISK;
    }

    @Override
    public Optional<ActionSource> find(UUID sourceId, Viewer viewer) {
        var owner = organisations.ownerCompany().map(Organisation::id);
        return risks.findById(sourceId)
                .or(() -> controls.findById(sourceId)
                        .filter(control -> !control.isVoided())
                        .flatMap(control -> risks.findById(control.riskId())))
                .filter(risk -> !risk.isVoided() && access.canRead(viewer, risk))
                .flatMap(risk -> owner.map(company -> new ActionSource(risk.siteId(), company, null)));
    }
}
