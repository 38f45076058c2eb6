package dev.tandem.audit;

import dev.tandem.action.ActionSource;
import dev.tandem.action.SourceLookup;
import dev.tandem.action.SourceType;
import dev.tandem.shared.Viewer;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Inspections as sources of actions: a finding's action is tracked on the inspection's site; the contractor whose work
 * was inspected answers for it by default, or else whoever started the inspection.
 */
@Component
class InspectionSourceLookup implements SourceLookup {

    private final Inspections inspections;

    InspectionSourceLookup(Inspections inspections) {
        this.inspections = inspections;
    }

    @Override
    public SourceType type() {
        return SourceType.INSPECTION;
    }

    @Override
    public Optional<ActionSource> find(UUID sourceId, Viewer viewer) {
        return inspections
                .findById(sourceId)
                .filter(inspection -> !inspection.isVoided() && InspectionAccess.canRead(viewer, inspection))
                .map(inspection -> new ActionSource(inspection.siteId(), inspection.scopeOrganisationId(), null));
    }
}
