package dev.tandem.notification;

import dev.tandem.contractor.ContractorEngagements;
import dev.tandem.contractor.ContractorEngagements.EngagementFacts;
import dev.tandem.meeting.MeetingAccess;
import dev.tandem.notification.NotificationKinds.RecordTypes;
import dev.tandem.shared.Viewer;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * An engagement's rotations, as the page of its meetings shows them, at its site: its mentor owns them and hears of a
 * rotation that ended without a meeting; those who read the contractor's meetings may read them. A missed rotation
 * stays missed: it needs no settling.
 */
@Component
class RotationSubjects implements SubjectSource {

    private final ContractorEngagements engagements;

    RotationSubjects(ContractorEngagements engagements) {
        this.engagements = engagements;
    }

    @Override
    public String type() {
        return RecordTypes.ROTATION;
    }

    @Override
    public Optional<Subject> find(UUID id) {
        return rotations(id).map(Subject.class::cast);
    }

    Optional<RotationSubject> rotations(UUID engagementId) {
        return Optional.ofNullable(engagements.facts(List.of(engagementId)).get(engagementId))
                .filter(engagement -> !engagement.voided())
                .map(RotationSubject::new);
    }

    record RotationSubject(EngagementFacts engagement) implements Subject {

        @Override
        public RecordLink link() {
            return new RecordLink(RecordTypes.ROTATION, engagement.id(), "/meetings/engagements/" + engagement.id());
        }

        @Override
        public UUID siteId() {
            return engagement.siteId();
        }

        @Override
        public UUID areaId() {
            return null;
        }

        @Override
        public UUID organisationId() {
            return engagement.organisationId();
        }

        @Override
        public UUID ownerPersonId() {
            return engagement.mentorPersonId();
        }

        @Override
        public boolean readableBy(Viewer viewer) {
            return MeetingAccess.canRead(viewer, engagement.organisationId());
        }

        @Override
        public boolean settledFor(String kind) {
            return false;
        }
    }
}
