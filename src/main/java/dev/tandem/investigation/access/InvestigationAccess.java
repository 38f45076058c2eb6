package dev.tandem.investigation.access;

import static dev.tandem.shared.Role.ADMIN;
import static dev.tandem.shared.Role.DIRECTOR;
import static dev.tandem.shared.Role.HSE_SPECIALIST;
import static dev.tandem.shared.Role.LINE_MANAGER;

import dev.tandem.investigation.Investigation;
import dev.tandem.shared.ListQuery;
import dev.tandem.shared.Viewer;

/**
 * Who sees and works on which investigations. The owner company's line managers, safety department, directors and
 * administrators read every one and the queue; anyone else reads only those they lead or are a member of: a
 * contractor's people see that investigation and nothing else of the owner's. The owner company's line managers and
 * safety department open investigations and take up or decline queued ones; the safety department and the leader
 * change the team and plan; the team and the safety department add facts.
 */
public final class InvestigationAccess {

    private InvestigationAccess() {}

    public static boolean readsAll(Viewer viewer) {
        return viewer.hasOwnerRole(LINE_MANAGER, HSE_SPECIALIST, DIRECTOR, ADMIN);
    }

    public static boolean canRead(Viewer viewer, Investigation investigation) {
        return readsAll(viewer) || investigation.inTeam(viewer.personId());
    }

    /** Opening one by hand, and taking up or declining one from the queue. */
    public static boolean canOpen(Viewer viewer) {
        return viewer.hasOwnerRole(LINE_MANAGER, HSE_SPECIALIST);
    }

    /** Changing the team, the title and the due date: the safety department and the owner company's leader. */
    public static boolean canPlan(Viewer viewer, Investigation investigation) {
        return viewer.hasOwnerRole(HSE_SPECIALIST)
                || (!viewer.contractor()
                        && viewer.personId() != null
                        && viewer.personId().equals(investigation.leaderPersonId()));
    }

    /** Adding facts and evidence: its leader and members, and the safety department. */
    public static boolean canContribute(Viewer viewer, Investigation investigation) {
        return viewer.hasOwnerRole(HSE_SPECIALIST) || investigation.inTeam(viewer.personId());
    }

    public static boolean canVoid(Viewer viewer) {
        return viewer.hasOwnerRole(HSE_SPECIALIST);
    }

    /** Limits a list over {@code investigation i} to those the viewer reads. */
    public static ListQuery readable(ListQuery query, Viewer viewer) {
        if (readsAll(viewer)) {
            return query;
        }
        if (viewer.personId() == null) {
            return query.where("false");
        }
        return query.where(
                "(i.leader_person_id = :viewerPerson or :viewerPerson = any(i.member_person_ids))",
                "viewerPerson",
                viewer.personId());
    }
}
