package dev.tandem.risk;

import static dev.tandem.shared.Role.DIRECTOR;
import static dev.tandem.shared.Role.HSE_SPECIALIST;
import static dev.tandem.shared.Role.LINE_MANAGER;

import dev.tandem.shared.ListQuery;
import dev.tandem.shared.Viewer;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who does what with the register. The owner company's people read every risk (a worker the risks of where they
 * work, from a phone); a contractor's people read the risks of the areas their organisation works in and change
 * nothing. The owner company's safety department and line managers keep the register of their site (all sites when
 * they have none); directors accept risks.
 */
@Component
public class RiskAccess {

    private final ContractorReach reach;

    RiskAccess(ContractorReach reach) {
        this.reach = reach;
    }

    /** Whether the viewer may read the risk: the rule every read of one goes through. */
    public boolean canRead(Viewer viewer, Risk risk) {
        return canReadArea(viewer, risk.areaId());
    }

    boolean canReadArea(Viewer viewer, UUID areaId) {
        return !viewer.contractor() || reach.reaches(viewer.organisationId(), areaId);
    }

    /** Entering, changing, assessing and voiding risks and their controls on a site. */
    public static boolean canKeep(Viewer viewer, UUID siteId) {
        return viewer.hasOwnerRole(HSE_SPECIALIST, LINE_MANAGER)
                && (viewer.siteId() == null || viewer.siteId().equals(siteId));
    }

    /** Verifying a critical control in the field: the keepers of the risk's site, and the control's own owner. */
    public static boolean canVerify(Viewer viewer, UUID siteId, UUID controlOwnerPersonId) {
        return canKeep(viewer, siteId)
                || (!viewer.contractor()
                        && viewer.personId() != null
                        && viewer.personId().equals(controlOwnerPersonId));
    }

    /** Whether the viewer keeps the register of any site: the "new risk" button. */
    public static boolean keepsRegister(Viewer viewer) {
        return viewer.hasOwnerRole(HSE_SPECIALIST, LINE_MANAGER);
    }

    public static boolean canAccept(Viewer viewer) {
        return viewer.hasOwnerRole(DIRECTOR);
    }

    /** Choosing a site's top-5 risks: a director of the owner company, of that site (of every site when of none). */
    public static boolean canChooseTopRisks(Viewer viewer, UUID siteId) {
        return viewer.hasOwnerRole(DIRECTOR)
                && (viewer.siteId() == null || viewer.siteId().equals(siteId));
    }

    /** Limits a list over {@code risk_entry r} to the risks the viewer reads. */
    ListQuery readable(ListQuery query, Viewer viewer) {
        if (!viewer.contractor()) {
            return query;
        }
        var engaged = reach.engaged(viewer.organisationId());
        if (!engaged.isEmpty()) {
            return query.where("r.area_id = any(:reachAreas)", "reachAreas", engaged.toArray(UUID[]::new));
        }
        return query.where(
                ContractorReach.AREA_IN_REACH.formatted("r.area_id"), "reachOrganisation", viewer.organisationId());
    }
}
