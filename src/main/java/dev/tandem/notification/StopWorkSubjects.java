package dev.tandem.notification;

import dev.tandem.notification.NotificationKinds.RecordTypes;
import dev.tandem.shared.Viewer;
import dev.tandem.stopwork.StopWork;
import dev.tandem.stopwork.StopWorkControl;
import dev.tandem.stopwork.StopWorkStatus;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Stops of work, in their area; whose work it is names the contractor. The owner of a stop is its initiator, who hears
 * of every step. A raised stop needs no more telling once it is answered (acknowledged, or judged unnecessary).
 */
@Component
class StopWorkSubjects implements SubjectSource {

    private final StopWorkControl stops;

    StopWorkSubjects(StopWorkControl stops) {
        this.stops = stops;
    }

    @Override
    public String type() {
        return RecordTypes.STOP_WORK;
    }

    @Override
    public Optional<Subject> find(UUID id) {
        return stop(id).map(Subject.class::cast);
    }

    /** The stop with what it is to notifications, read once for all an announcement needs of it; none if gone. */
    Optional<StopSubject> stop(UUID id) {
        return stops.findStop(id, Viewer.system()).map(stop -> new StopSubject(stop, stops));
    }

    static RecordLink link(UUID stopId) {
        return new RecordLink(RecordTypes.STOP_WORK, stopId, "/stops/" + stopId);
    }

    record StopSubject(StopWork stop, StopWorkControl stops) implements Subject {

        @Override
        public RecordLink link() {
            return StopWorkSubjects.link(stop.id());
        }

        @Override
        public UUID siteId() {
            return stop.siteId();
        }

        @Override
        public UUID areaId() {
            return stop.areaId();
        }

        @Override
        public UUID organisationId() {
            return stop.organisationId();
        }

        @Override
        public UUID ownerPersonId() {
            return stop.initiatorPersonId();
        }

        @Override
        public boolean readableBy(Viewer viewer) {
            return stops.canRead(viewer, stop);
        }

        @Override
        public boolean settledFor(String kind) {
            if (stop.isVoided()) {
                return true;
            }
            return kind.equals(NotificationKinds.STOP_RAISED.key()) && stop.status() != StopWorkStatus.RAISED;
        }
    }
}
