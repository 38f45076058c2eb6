package dev.tandem.demo;

import dev.tandem.demo.DemoSafetyYear.Worker;
import dev.tandem.training.RecordSession;
import dev.tandem.training.TrainingResult;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The training of an enterprise-scale plant's people, written with COPY as the other bulk rows are: the sign-in sheets
 * {@link DemoTraining} draws (most people valid, some expiring within 30 days, some expired, a few failed or never
 * trained), each line a record approved by the safety department, its expiry from the competence's period. As with the
 * other bulk rows, the records have no entries in the change history.
 */
final class DemoBulkTraining {

    private static final String SESSION_COLUMNS =
            "id, competence_id, held_on, trainer, provider, evidence_reference, organisation_id, created_at, version";
    private static final String RECORD_COLUMNS = "id, person_id, organisation_id, competence_id, session_id,"
            + " completed_on, result, trainer, provider, evidence_reference, expires_on, expiry_given, status,"
            + " approved_at, created_at, version";

    /** What was written. */
    record Written(int sessions, int records) {}

    private final DemoTraining training;
    private final Map<UUID, Worker> people;
    private final Instant now;

    DemoBulkTraining(DemoTraining training, List<Worker> people, Instant now) {
        this.training = training;
        this.people = people.stream().collect(java.util.stream.Collectors.toMap(Worker::personId, worker -> worker));
        this.now = now;
    }

    /** Writes the sessions, then their records, in the caller's transaction. */
    Written write(Connection connection, List<RecordSession> sessions) throws SQLException {
        var sheets = DemoCopy.into(connection, "training_session", SESSION_COLUMNS);
        for (var session : sessions) {
            sheets.add(session.id())
                    .add(session.competenceId())
                    .add(session.heldOn())
                    .add(session.trainer())
                    .add(session.provider())
                    .add(session.evidenceReference())
                    .add(null)
                    .add(now)
                    .add(0)
                    .row();
        }
        int written = (int) sheets.finish();
        var records = DemoCopy.into(connection, "training_record", RECORD_COLUMNS);
        int n = 0;
        for (var session : sessions) {
            var competence = training.competence(session.competenceId());
            for (var attendee : session.attendees()) {
                boolean passed = attendee.result() == TrainingResult.PASSED;
                records.add(DemoRun.id("training-record", n++))
                        .add(attendee.personId())
                        .add(people.get(attendee.personId()).organisationId())
                        .add(session.competenceId())
                        .add(session.id())
                        .add(session.heldOn())
                        .add(attendee.result())
                        .add(session.trainer())
                        .add(session.provider())
                        .add(session.evidenceReference())
                        .add(passed ? competence.expiryOf(session.heldOn()) : null)
                        .add(false)
                        .add("APPROVED")
                        .add(now)
                        .add(now)
                        .add(0)
                        .row();
            }
        }
        return new Written(written, (int) records.finish());
    }
}
