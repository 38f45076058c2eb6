package dev.tandem.training;

import dev.tandem.history.AuditedRecords;
import dev.tandem.history.Created;
import dev.tandem.history.History;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import dev.tandem.training.access.TrainingAccess;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's training as it is recorded: one record at a time or a session's sign-in sheet at once, all of it or
 * nothing. The safety department's records count at once; a contractor's supervisor's wait for its approval. A
 * record sent again under the same id returns the stored one.
 */
@Service
@Transactional
public class TrainingLog {

    private final TrainingRecords trainingRecords;
    private final TrainingSessions trainingSessions;
    private final AuditedRecords<TrainingRecord> records;
    private final AuditedRecords<TrainingSession> sessions;
    private final TrainingReferences references;
    private final CompetenceCatalogue catalogue;

    TrainingLog(
            TrainingRecords trainingRecords,
            TrainingSessions trainingSessions,
            History history,
            TrainingReferences references,
            CompetenceCatalogue catalogue) {
        this.trainingRecords = trainingRecords;
        this.trainingSessions = trainingSessions;
        this.records = history.auditing(trainingRecords, TrainingAccess::canRead);
        this.sessions = history.auditing(trainingSessions, TrainingAccess::canRead);
        this.references = references;
        this.catalogue = catalogue;
    }

    public Created<TrainingRecord> record(RecordTraining details, Viewer viewer) {
        requireRecorder(viewer);
        return records.create(
                details.id(),
                (replayer, stored) -> requireRecordsFor(replayer, stored.organisationId()),
                id -> TrainingRecord.recorded(id, references.check(details, id, viewer, ""), null, approval(viewer)),
                viewer);
    }

    /** A record the viewer may read. */
    @Transactional(readOnly = true)
    public TrainingRecord trainingRecord(UUID id, Viewer viewer) {
        return trainingRecords
                .findById(id)
                .filter(record -> TrainingAccess.canRead(viewer, record))
                .orElseThrow(() -> new NotFoundException("TrainingRecord", id));
    }

    /**
     * A record the viewer may read, if there is one: for a caller in a transaction of its own, which a "not found"
     * thrown through this transactional method would mark for rollback.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<TrainingRecord> findTrainingRecord(UUID id, Viewer viewer) {
        return trainingRecords.findById(id).filter(record -> TrainingAccess.canRead(viewer, record));
    }

    /** New details; the expiry follows the competence's period of today unless the details give one. */
    public TrainingRecord revise(UUID id, Precondition precondition, RecordTraining details, Viewer viewer) {
        var record = changeable(id, viewer);
        var checked = references.check(details, id, viewer, "");
        return records.change(record, precondition, changed -> changed.revise(checked), viewer);
    }

    /** A record the viewer may correct (the safety department any, a supervisor their own until approved): its form. */
    @Transactional(readOnly = true)
    public TrainingRecord toCorrect(UUID id, Viewer viewer) {
        return changeable(id, viewer);
    }

    /** A file proving the record was added: who and when go into its history. */
    void evidenceAdded(UUID id, Viewer viewer) {
        var record = changeable(id, viewer);
        if (record.isVoided()) {
            throw new AccessDeniedException("adding evidence to a voided training record");
        }
        records.change(record, Precondition.none(), TrainingRecord::evidenceAdded, viewer);
    }

    /** The safety department accepts a record a contractor's supervisor entered: from now on it counts. */
    public TrainingRecord approve(UUID id, Precondition precondition, Viewer viewer) {
        var record = trainingRecord(id, viewer);
        if (!TrainingAccess.approves(viewer)) {
            throw new AccessDeniedException("approving training records");
        }
        return records.change(record, precondition, changed -> changed.approve(approval(viewer)), viewer);
    }

    /** The safety department returns a waiting record to its supervisor with what to change; it does not count. */
    public TrainingRecord returnRecord(UUID id, Precondition precondition, String comment, Viewer viewer) {
        var record = trainingRecord(id, viewer);
        if (!TrainingAccess.approves(viewer)) {
            throw new AccessDeniedException("returning training records");
        }
        return records.change(record, precondition, changed -> changed.returnWith(comment), viewer);
    }

    public TrainingRecord voidRecord(UUID id, String reason, Viewer viewer) {
        return records.voidRecord(changeable(id, viewer), reason, viewer);
    }

    /**
     * Sets the expiry of every current record of the competence whose expiry was not given to what the competence's
     * period gives now: the step that applies an edited period to records made before it, taken on purpose.
     *
     * @return how many records' expiry changed
     */
    public int recomputeExpiry(UUID competenceId, Viewer viewer) {
        CompetenceCatalogue.requireKeeper(viewer);
        var competence = catalogue
                .currentCompetence(competenceId)
                .orElseThrow(() -> new NotFoundException("Competence", competenceId));
        int changed = 0;
        for (var record : trainingRecords.currentOf(competenceId)) {
            if (record.expiresAsPeriodGives(competence)) {
                continue;
            }
            records.change(record, Precondition.none(), stale -> stale.recomputeExpiry(competence), viewer);
            changed++;
        }
        return changed;
    }

    /** A session and its attendees' records: every line is checked before anything is written. */
    public Created<TrainingSession> recordSession(RecordSession sheet, Viewer viewer) {
        requireRecorder(viewer);
        var attendees = new ArrayList<TrainingRecord>();
        var created = sessions.create(
                sheet.id(),
                (replayer, stored) -> requireRecordsFor(replayer, stored.organisationId()),
                id -> held(id, sheet, viewer, attendees),
                viewer);
        if (created.isNew()) {
            records.createAll(attendees, viewer);
        }
        return created;
    }

    private TrainingSession held(UUID id, RecordSession sheet, Viewer viewer, List<TrainingRecord> attendees) {
        var approval = approval(viewer);
        var seen = new HashSet<UUID>();
        for (int i = 0; i < sheet.attendees().size(); i++) {
            var attendee = sheet.attendees().get(i);
            var field = "attendees[" + i + "].";
            if (!seen.add(attendee.personId())) {
                throw new InvalidRequestException(field + "personId", "training.rule.attendeeTwice");
            }
            var recordId = UUID.randomUUID();
            var checked = references.check(sheet.recordOf(attendee), recordId, viewer, field);
            attendees.add(TrainingRecord.recorded(recordId, checked, id, approval));
        }
        return TrainingSession.held(id, sheet, viewer.contractor() ? viewer.organisationId() : null, approval.at());
    }

    @Transactional(readOnly = true)
    public TrainingSession session(UUID id, Viewer viewer) {
        return trainingSessions
                .findById(id)
                .filter(session -> TrainingAccess.canRead(viewer, session))
                .orElseThrow(() -> new NotFoundException("TrainingSession", id));
    }

    /** The records of a session's attendees that the viewer reads. */
    @Transactional(readOnly = true)
    public List<TrainingRecord> attendees(TrainingSession session, Viewer viewer) {
        return trainingRecords.ofSession(session.id()).stream()
                .filter(record -> TrainingAccess.canRead(viewer, record))
                .toList();
    }

    private TrainingRecord changeable(UUID id, Viewer viewer) {
        var record = trainingRecord(id, viewer);
        if (!TrainingAccess.canChange(viewer, record)) {
            throw new AccessDeniedException("changing this training record");
        }
        return record;
    }

    private TrainingRecord.Approval approval(Viewer viewer) {
        return new TrainingRecord.Approval(viewer.userId(), references.now(), TrainingAccess.approves(viewer));
    }

    private static void requireRecorder(Viewer viewer) {
        if (!TrainingAccess.records(viewer)) {
            throw new AccessDeniedException("recording training");
        }
    }

    /** Recording the training of an organisation's people (the owner company's when none is named). */
    private static void requireRecordsFor(Viewer viewer, UUID organisationId) {
        if (organisationId == null
                ? !TrainingAccess.approves(viewer)
                : !TrainingAccess.canRecordForOrganisation(viewer, organisationId)) {
            throw new AccessDeniedException("recording training of these people");
        }
    }
}
