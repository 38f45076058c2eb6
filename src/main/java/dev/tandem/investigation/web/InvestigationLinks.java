package dev.tandem.investigation.web;

import dev.tandem.investigation.access.InvestigationAccess;
import dev.tandem.shared.Viewer;
import org.springframework.stereotype.Component;

/**
 * What other modules' pages ask of investigations without depending on them ({@code ${@investigating.canOpen(viewer)}}
 * beside a downtime): the rule stays here, in one place.
 */
@Component("investigating")
public class InvestigationLinks {

    public boolean canOpen(Viewer viewer) {
        return viewer != null && InvestigationAccess.canOpen(viewer);
    }
}
