package dev.tandem.contractor;

import static dev.tandem.shared.Role.ADMIN;
import static dev.tandem.shared.Role.CONTRACTOR_SUPERVISOR;
import static dev.tandem.shared.Role.DIRECTOR;
import static dev.tandem.shared.Role.HSE_SPECIALIST;
import static dev.tandem.shared.Role.LINE_MANAGER;

import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Viewer;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who does what with a contractor's file. The owner company's managers and safety department read every contractor's;
 * a contractor's supervisor reads their own organisation's and nobody else's. The safety department and administrators
 * decide (status, type, approvals); a contractor's supervisor submits their own documents and questionnaire.
 */
public final class ContractorAccess {

    private ContractorAccess() {}

    /** Whether the viewer reads contractors' files at all: the menu and the list. */
    public static boolean readsContractors(Viewer viewer) {
        return viewer.hasOwnerRole(ADMIN, HSE_SPECIALIST, DIRECTOR, LINE_MANAGER)
                || (viewer.contractor() && viewer.has(CONTRACTOR_SUPERVISOR));
    }

    public static boolean canRead(Viewer viewer, UUID organisationId) {
        return readsContractors(viewer) && viewer.canSee(organisationId);
    }

    /** Fails as forbidden for a role that reads no contractor, as not found for another contractor's file. */
    public static void requireRead(Viewer viewer, UUID organisationId) {
        if (!readsContractors(viewer)) {
            throw new AccessDeniedException("reading contractors");
        }
        if (!viewer.canSee(organisationId)) {
            throw new NotFoundException("Contractor", organisationId);
        }
    }

    /** Deciding on contractors: status, type, document policies, approving and returning what they submit. */
    public static boolean canDecide(Viewer viewer) {
        return viewer.hasOwnerRole(ADMIN, HSE_SPECIALIST);
    }

    public static void requireDecide(Viewer viewer) {
        if (!canDecide(viewer)) {
            throw new AccessDeniedException("deciding on contractors");
        }
    }

    /** Submitting a contractor's documents and questionnaire: the safety department, or the contractor's supervisor. */
    public static boolean canSubmit(Viewer viewer, UUID organisationId) {
        return canDecide(viewer)
                || (viewer.contractor()
                        && viewer.has(CONTRACTOR_SUPERVISOR)
                        && organisationId.equals(viewer.organisationId()));
    }

    public static void requireSubmit(Viewer viewer, UUID organisationId) {
        requireRead(viewer, organisationId);
        if (!canSubmit(viewer, organisationId)) {
            throw new AccessDeniedException("submitting for this contractor");
        }
    }
}
