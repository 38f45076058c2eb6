package dev.tandem.contractor.engagement;

import static dev.tandem.shared.Role.ADMIN;
import static dev.tandem.shared.Role.CONTRACTOR_SUPERVISOR;
import static dev.tandem.shared.Role.HSE_SPECIALIST;
import static dev.tandem.shared.Role.LINE_MANAGER;

import dev.tandem.shared.Viewer;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who does what with an engagement: those who read the contractor's file read its engagements; the owner's safety
 * department and line managers plan them and review their risks; the mentor signs for the plant and the contractor's
 * supervisor for the contractor; the safety department or the mentor starts and closes the work.
 */
public final class EngagementAccess {

    private EngagementAccess() {}

    public static boolean canPlan(Viewer viewer) {
        return viewer.hasOwnerRole(ADMIN, HSE_SPECIALIST, LINE_MANAGER);
    }

    public static void requirePlan(Viewer viewer) {
        if (!canPlan(viewer)) {
            throw new AccessDeniedException("planning engagements");
        }
    }

    public static boolean isMentor(Viewer viewer, Engagement engagement) {
        return !viewer.contractor()
                && viewer.personId() != null
                && viewer.personId().equals(engagement.mentorPersonId());
    }

    public static boolean signsForContractor(Viewer viewer, Engagement engagement) {
        return viewer.contractor()
                && viewer.has(CONTRACTOR_SUPERVISOR)
                && engagement.organisationId().equals(viewer.organisationId());
    }

    public static boolean canStart(Viewer viewer, Engagement engagement) {
        return viewer.hasOwnerRole(ADMIN, HSE_SPECIALIST) || isMentor(viewer, engagement);
    }
}
