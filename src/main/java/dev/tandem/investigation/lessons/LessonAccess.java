package dev.tandem.investigation.lessons;

import static dev.tandem.shared.Role.HSE_SPECIALIST;

import dev.tandem.investigation.Investigation;
import dev.tandem.investigation.Lesson;
import dev.tandem.investigation.LessonStatus;
import dev.tandem.investigation.access.InvestigationAccess;
import dev.tandem.shared.ListQuery;
import dev.tandem.shared.Viewer;

/**
 * Who reads and writes lesson cards. A published card is for everyone signed in, contractors' people too: lessons are
 * meant to be shared, and a card names nobody. A card not yet published, and the investigation a card comes from, are
 * for those who read that investigation. The owner company's people of the team and the safety department write and
 * submit a card; the safety department publishes or returns it and chooses whether the screens show it.
 */
public final class LessonAccess {

    private LessonAccess() {}

    public static boolean canRead(Viewer viewer, Lesson lesson, Investigation investigation) {
        return (lesson.status() == LessonStatus.PUBLISHED && !lesson.isVoided())
                || InvestigationAccess.canRead(viewer, investigation);
    }

    public static boolean canWrite(Viewer viewer, Investigation investigation) {
        return !viewer.contractor() && InvestigationAccess.canContribute(viewer, investigation);
    }

    /** Publishing, returning, the screens and voiding: the safety department. */
    public static boolean canApprove(Viewer viewer) {
        return viewer.hasOwnerRole(HSE_SPECIALIST);
    }

    /**
     * Limits a list over {@code investigation_lesson l join investigation i} to the cards the viewer reads: the
     * published ones, and every card of the investigations they read.
     */
    static ListQuery readable(ListQuery query, Viewer viewer) {
        return query.where("(l.status = 'PUBLISHED' and l.voided_at is null or " + investigationReadable(viewer) + ")")
                .param("viewerPerson", viewer.personId());
    }

    /** Whether the viewer reads the investigation {@code i}, as SQL. */
    static String investigationReadable(Viewer viewer) {
        if (InvestigationAccess.readsAll(viewer)) {
            return "true";
        }
        if (viewer.personId() == null) {
            return "false";
        }
        return "(i.leader_person_id = cast(:viewerPerson as uuid) or cast(:viewerPerson as uuid) = any(i.member_person_ids))";
    }
}
