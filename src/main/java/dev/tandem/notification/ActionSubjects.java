package dev.tandem.notification;

import dev.tandem.action.ActionAccess;
import dev.tandem.action.ActionPlanning;
import dev.tandem.action.ActionStatus;
import dev.tandem.action.CorrectiveAction;
import dev.tandem.action.SourceType;
import dev.tandem.event.EventReporting;
import dev.tandem.notification.NotificationKinds.RecordTypes;
import dev.tandem.shared.Viewer;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Corrective actions; an action's area is the area of the event it was raised from. */
@Component
class ActionSubjects implements SubjectSource {

    private final ActionPlanning actions;
    private final EventReporting events;

    ActionSubjects(ActionPlanning actions, EventReporting events) {
        this.actions = actions;
        this.events = events;
    }

    @Override
    public String type() {
        return RecordTypes.ACTION;
    }

    @Override
    public Optional<Subject> find(UUID id) {
        return action(id).map(Subject.class::cast);
    }

    /** The action with what it is to notifications, read once for all an announcement needs of it; none if gone. */
    Optional<ActionSubject> action(UUID id) {
        return actions.findAction(id, Viewer.system()).map(action -> new ActionSubject(action, areaOf(action)));
    }

    static RecordLink link(UUID actionId) {
        return new RecordLink(RecordTypes.ACTION, actionId, "/actions/" + actionId);
    }

    private UUID areaOf(CorrectiveAction action) {
        if (action.sourceType() != SourceType.EVENT || action.sourceId() == null) {
            return null;
        }
        return events.findEvent(action.sourceId(), Viewer.system())
                .map(event -> event.areaId())
                .orElse(null);
    }

    record ActionSubject(CorrectiveAction action, UUID areaId) implements Subject {

        @Override
        public RecordLink link() {
            return ActionSubjects.link(action.id());
        }

        @Override
        public UUID siteId() {
            return action.siteId();
        }

        @Override
        public UUID organisationId() {
            return action.responsibleOrganisationId();
        }

        @Override
        public UUID ownerPersonId() {
            return action.ownerPersonId();
        }

        @Override
        public boolean readableBy(Viewer viewer) {
            return ActionAccess.canRead(viewer, action);
        }

        /** Waiting for verification ends when verified or sent back; everything else ends when the work is done. */
        @Override
        public boolean settledFor(String kind) {
            if (action.isVoided()) {
                return true;
            }
            if (NotificationKinds.ACTION_TO_VERIFY.key().equals(kind)) {
                return action.status() != ActionStatus.DONE;
            }
            return action.status() == ActionStatus.DONE || action.status() == ActionStatus.VERIFIED;
        }
    }
}
