package dev.tandem.notification;

import dev.tandem.notification.NotificationKinds.RecordTypes;
import dev.tandem.risk.ControlQueries;
import dev.tandem.risk.ControlQueries.ControlRow;
import dev.tandem.risk.Effectiveness;
import dev.tandem.risk.Risk;
import dev.tandem.risk.RiskAccess;
import dev.tandem.risk.RiskRegister;
import dev.tandem.shared.Viewer;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Controls of risks, in their risk's area; a failed control needs no more telling once a verification finds it
 * effective again or it (or its risk) is voided.
 */
@Component
class RiskControlSubjects implements SubjectSource {

    private final ControlQueries controls;
    private final RiskRegister risks;
    private final RiskAccess access;

    RiskControlSubjects(ControlQueries controls, RiskRegister risks, RiskAccess access) {
        this.controls = controls;
        this.risks = risks;
        this.access = access;
    }

    @Override
    public String type() {
        return RecordTypes.RISK_CONTROL;
    }

    @Override
    public Optional<Subject> find(UUID id) {
        return control(id).map(Subject.class::cast);
    }

    /** The control and its risk, read once for all an announcement needs of them; none if either is gone. */
    Optional<ControlSubject> control(UUID id) {
        return controls.findControl(id, Viewer.system())
                .flatMap(control -> risks.findRisk(control.riskId(), Viewer.system())
                        .map(risk -> new ControlSubject(control, risk, access)));
    }

    static RecordLink link(UUID riskId, UUID controlId) {
        return new RecordLink(RecordTypes.RISK_CONTROL, controlId, "/risks/" + riskId + "/controls/" + controlId);
    }

    record ControlSubject(ControlRow control, Risk risk, RiskAccess access) implements Subject {

        @Override
        public RecordLink link() {
            return RiskControlSubjects.link(risk.id(), control.id());
        }

        @Override
        public UUID siteId() {
            return risk.siteId();
        }

        @Override
        public UUID areaId() {
            return risk.areaId();
        }

        /** The owner company answers for its controls: no contractor's supervisor is told. */
        @Override
        public UUID organisationId() {
            return null;
        }

        @Override
        public UUID ownerPersonId() {
            return control.ownerPersonId();
        }

        @Override
        public boolean readableBy(Viewer viewer) {
            return access.canRead(viewer, risk);
        }

        @Override
        public boolean settledFor(String kind) {
            return control.voided() || risk.isVoided() || control.effectiveness() != Effectiveness.NOT_EFFECTIVE;
        }
    }
}
