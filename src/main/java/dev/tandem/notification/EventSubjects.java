package dev.tandem.notification;

import dev.tandem.event.EventReporting;
import dev.tandem.event.EventStatus;
import dev.tandem.event.SafetyEvent;
import dev.tandem.notification.NotificationKinds.RecordTypes;
import dev.tandem.shared.Viewer;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Safety events, early warnings among them; an event needs no more telling once it is closed. */
@Component
class EventSubjects implements SubjectSource {

    private final EventReporting events;

    EventSubjects(EventReporting events) {
        this.events = events;
    }

    @Override
    public String type() {
        return RecordTypes.EVENT;
    }

    @Override
    public Optional<Subject> find(UUID id) {
        return event(id).map(Subject.class::cast);
    }

    /** The event with what it is to notifications, read once for all an announcement needs of it; none if gone. */
    Optional<EventSubject> event(UUID id) {
        return events.findEvent(id, Viewer.system()).map(event -> new EventSubject(event, events));
    }

    static RecordLink link(UUID eventId) {
        return new RecordLink(RecordTypes.EVENT, eventId, "/events/" + eventId);
    }

    record EventSubject(SafetyEvent event, EventReporting events) implements Subject {

        @Override
        public RecordLink link() {
            return EventSubjects.link(event.id());
        }

        @Override
        public UUID siteId() {
            return event.siteId();
        }

        @Override
        public UUID areaId() {
            return event.areaId();
        }

        @Override
        public UUID organisationId() {
            return event.organisationId();
        }

        @Override
        public UUID ownerPersonId() {
            return null;
        }

        @Override
        public boolean readableBy(Viewer viewer) {
            return events.canRead(viewer, event);
        }

        @Override
        public boolean settledFor(String kind) {
            return event.isVoided() || event.status() == EventStatus.CLOSED;
        }
    }
}
