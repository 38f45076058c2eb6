package dev.tandem.notification;

import dev.tandem.notification.NotificationKinds.RecordTypes;
import dev.tandem.organisation.Membership;
import dev.tandem.organisation.OrganisationDirectory;
import dev.tandem.shared.Viewer;
import dev.tandem.training.TrainingLog;
import dev.tandem.training.TrainingRecord;
import dev.tandem.training.TrainingReminders;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * People's training records, on their person's site and in the area they work in; its person, their line manager (the
 * area's manager) and, for a contractor's people, the contractor's supervisors hear of its expiry, which needs no more
 * telling once the record is voided or a later pass renews it.
 */
@Component
class TrainingSubjects implements SubjectSource {

    private final TrainingLog log;
    private final TrainingReminders reminders;
    private final OrganisationDirectory directory;

    TrainingSubjects(TrainingLog log, TrainingReminders reminders, OrganisationDirectory directory) {
        this.log = log;
        this.reminders = reminders;
        this.directory = directory;
    }

    @Override
    public String type() {
        return RecordTypes.TRAINING_RECORD;
    }

    @Override
    public Optional<Subject> find(UUID id) {
        return trainingRecord(id).map(Subject.class::cast);
    }

    /**
     * The record with its person's site and the area they work in, read once for all an announcement needs of it; none
     * if it is gone.
     */
    Optional<TrainingSubject> trainingRecord(UUID id) {
        return log.findTrainingRecord(id, Viewer.system()).map(record -> {
            var member = directory.membership(record.personId());
            return new TrainingSubject(
                    record,
                    member.map(Membership::siteId).orElse(null),
                    member.map(Membership::areaId).orElse(null),
                    log,
                    reminders);
        });
    }

    static RecordLink link(UUID recordId, UUID personId) {
        return new RecordLink(RecordTypes.TRAINING_RECORD, recordId, "/training/people/" + personId);
    }

    /** @param areaId the area the person works in: its owner is their line manager */
    record TrainingSubject(
            TrainingRecord record, UUID siteId, UUID areaId, TrainingLog log, TrainingReminders reminders)
            implements Subject {

        @Override
        public RecordLink link() {
            return TrainingSubjects.link(record.id(), record.personId());
        }

        @Override
        public UUID organisationId() {
            return record.organisationId();
        }

        @Override
        public UUID ownerPersonId() {
            return record.personId();
        }

        @Override
        public boolean readableBy(Viewer viewer) {
            return log.findTrainingRecord(record.id(), viewer).isPresent();
        }

        @Override
        public boolean settledFor(String kind) {
            return record.isVoided() || reminders.renewed(record.id());
        }
    }
}
