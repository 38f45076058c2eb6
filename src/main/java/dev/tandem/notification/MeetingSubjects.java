package dev.tandem.notification;

import dev.tandem.meeting.MeetingDirectory;
import dev.tandem.meeting.MeetingFacts;
import dev.tandem.notification.NotificationKinds.RecordTypes;
import dev.tandem.shared.Viewer;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * A meeting, held with a contractor or a site's safety committee: its link opens its minutes; those on its list of
 * attendees hear of them, each only while they may read the meeting. A held meeting's minutes need no settling.
 */
@Component
class MeetingSubjects implements SubjectSource {

    private final MeetingDirectory meetings;

    MeetingSubjects(MeetingDirectory meetings) {
        this.meetings = meetings;
    }

    @Override
    public String type() {
        return RecordTypes.MEETING;
    }

    @Override
    public Optional<Subject> find(UUID id) {
        return meeting(id).map(Subject.class::cast);
    }

    Optional<MeetingSubject> meeting(UUID id) {
        return meetings.facts(id).filter(meeting -> !meeting.voided()).map(MeetingSubject::new);
    }

    record MeetingSubject(MeetingFacts meeting) implements Subject {

        @Override
        public RecordLink link() {
            return new RecordLink(RecordTypes.MEETING, meeting.id(), meeting.minutesPath());
        }

        @Override
        public UUID siteId() {
            return meeting.siteId();
        }

        @Override
        public UUID areaId() {
            return null;
        }

        @Override
        public UUID organisationId() {
            return meeting.organisationId();
        }

        @Override
        public UUID ownerPersonId() {
            return null;
        }

        @Override
        public Set<UUID> attendeePersonIds() {
            return Set.copyOf(meeting.attendeePersonIds());
        }

        @Override
        public boolean readableBy(Viewer viewer) {
            return meeting.readableBy(viewer);
        }

        @Override
        public boolean settledFor(String kind) {
            return false;
        }
    }
}
