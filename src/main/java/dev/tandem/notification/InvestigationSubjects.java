package dev.tandem.notification;

import dev.tandem.investigation.Investigation;
import dev.tandem.investigation.InvestigationDesk;
import dev.tandem.investigation.InvestigationStatus;
import dev.tandem.notification.NotificationKinds.RecordTypes;
import dev.tandem.shared.Viewer;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Investigations, at their site and area; the contractor whose work is involved names its supervisors, who hear of it
 * only as its members (nobody hears of an investigation they may not read). Its owner is its leader. An investigation
 * needs no more telling once it is closed, declined or voided, a queued one once it is taken up, and an overdue one
 * once its due date has moved past today.
 */
@Component
class InvestigationSubjects implements SubjectSource {

    private final InvestigationDesk desk;

    InvestigationSubjects(InvestigationDesk desk) {
        this.desk = desk;
    }

    @Override
    public String type() {
        return RecordTypes.INVESTIGATION;
    }

    @Override
    public Optional<Subject> find(UUID id) {
        return investigation(id).map(Subject.class::cast);
    }

    Optional<InvestigationSubject> investigation(UUID id) {
        return desk.findInvestigation(id, Viewer.system()).map(found -> new InvestigationSubject(found, desk));
    }

    record InvestigationSubject(Investigation investigation, InvestigationDesk desk) implements Subject {

        @Override
        public RecordLink link() {
            return new RecordLink(
                    RecordTypes.INVESTIGATION, investigation.id(), "/investigations/" + investigation.id());
        }

        @Override
        public UUID siteId() {
            return investigation.siteId();
        }

        @Override
        public UUID areaId() {
            return investigation.areaId();
        }

        @Override
        public UUID organisationId() {
            return investigation.contractorId();
        }

        @Override
        public UUID ownerPersonId() {
            return investigation.leaderPersonId();
        }

        @Override
        public boolean readableBy(Viewer viewer) {
            return desk.canRead(viewer, investigation);
        }

        @Override
        public boolean settledFor(String kind) {
            if (investigation.isVoided() || !investigation.status().active()) {
                return true;
            }
            if (kind.equals(NotificationKinds.INVESTIGATION_OVERDUE.key())) {
                // a due date moved forward ends the ladder; falling overdue again starts a new one
                return !desk.overdueToday(investigation);
            }
            return kind.equals(NotificationKinds.INVESTIGATION_QUEUED.key())
                    && investigation.status() != InvestigationStatus.QUEUED;
        }
    }
}
