package dev.tandem.training.access;

import static dev.tandem.shared.Role.ADMIN;
import static dev.tandem.shared.Role.CONTRACTOR_SUPERVISOR;
import static dev.tandem.shared.Role.DIRECTOR;
import static dev.tandem.shared.Role.HSE_SPECIALIST;
import static dev.tandem.shared.Role.LINE_MANAGER;

import dev.tandem.organisation.Membership;
import dev.tandem.shared.ListQuery;
import dev.tandem.shared.Viewer;
import dev.tandem.training.ApprovalStatus;
import dev.tandem.training.TrainingRecord;
import dev.tandem.training.TrainingSession;

/**
 * Who does what with training records. The owner company's safety department keeps the catalogue, records anyone's
 * training and approves; a contractor's supervisor records their own organisation's people, which waits for that
 * approval. The owner company's managers read every record, a contractor's supervisor their organisation's, and
 * everyone their own.
 */
public final class TrainingAccess {

    private TrainingAccess() {}

    /** Keeping the catalogue and approving records: the owner company's safety department. */
    public static boolean approves(Viewer viewer) {
        return viewer.hasOwnerRole(HSE_SPECIALIST);
    }

    /** Whether the viewer records training at all: the "record training" button. */
    public static boolean records(Viewer viewer) {
        return approves(viewer) || supervisesContractor(viewer);
    }

    /** Recording the training of this person: the safety department anyone's, a contractor's supervisor their own's. */
    public static boolean canRecordFor(Viewer viewer, Membership person) {
        return canRecordForOrganisation(viewer, person.organisationId());
    }

    /** Recording the training of this organisation's people. */
    public static boolean canRecordForOrganisation(Viewer viewer, java.util.UUID organisationId) {
        return approves(viewer) || (supervisesContractor(viewer) && organisationId.equals(viewer.organisationId()));
    }

    /**
     * Changing or voiding a record: the safety department any, a contractor's supervisor their own until approved
     * (waiting, or returned to them).
     */
    public static boolean canChange(Viewer viewer, TrainingRecord record) {
        return canChange(viewer, record.organisationId(), record.status());
    }

    /** Changing a record of this organisation in this status. */
    public static boolean canChange(Viewer viewer, java.util.UUID organisationId, ApprovalStatus status) {
        return approves(viewer)
                || (supervisesContractor(viewer)
                        && organisationId.equals(viewer.organisationId())
                        && status != ApprovalStatus.APPROVED);
    }

    /** Whether the viewer reads every person's records. */
    public static boolean readsEveryone(Viewer viewer) {
        return viewer.hasOwnerRole(HSE_SPECIALIST, LINE_MANAGER, DIRECTOR, ADMIN);
    }

    /** Whether the viewer reads anyone's training but their own: the matrix and the records list. */
    public static boolean readsOthers(Viewer viewer) {
        return readsEveryone(viewer) || supervisesContractor(viewer);
    }

    public static boolean canRead(Viewer viewer, TrainingRecord record) {
        return readsTrainingOf(viewer, record.personId(), record.organisationId());
    }

    /** Whether the viewer reads this person's training: their matrix row, their clearance. */
    public static boolean canReadPerson(Viewer viewer, Membership person) {
        return readsTrainingOf(viewer, person.personId(), person.organisationId());
    }

    private static boolean readsTrainingOf(Viewer viewer, java.util.UUID personId, java.util.UUID organisationId) {
        return readsEveryone(viewer)
                || (supervisesContractor(viewer) && organisationId.equals(viewer.organisationId()))
                || personId.equals(viewer.personId());
    }

    public static boolean canRead(Viewer viewer, TrainingSession session) {
        return readsEveryone(viewer)
                || (supervisesContractor(viewer) && viewer.organisationId().equals(session.organisationId()));
    }

    /** Limits a list over a table of people's rows to those the viewer reads, by its person and organisation columns. */
    public static ListQuery readable(ListQuery query, Viewer viewer, String personColumn, String organisationColumn) {
        if (readsEveryone(viewer)) {
            return query;
        }
        if (supervisesContractor(viewer)) {
            return query.where(organisationColumn + " = :readerOrganisation")
                    .param("readerOrganisation", viewer.organisationId());
        }
        if (viewer.personId() == null) {
            return query.where("false");
        }
        return query.where(personColumn + " = :readerPerson").param("readerPerson", viewer.personId());
    }

    private static boolean supervisesContractor(Viewer viewer) {
        return viewer.contractor() && viewer.has(CONTRACTOR_SUPERVISOR);
    }
}
