package dev.tandem.risk;

import dev.tandem.action.ActionAccess;
import dev.tandem.action.ActionPlanning;
import dev.tandem.action.ActionPriority;
import dev.tandem.action.RaiseAction;
import dev.tandem.action.SourceType;
import dev.tandem.history.AuditedRecords;
import dev.tandem.history.Created;
import dev.tandem.history.History;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Role;
import dev.tandem.shared.Viewer;
import dev.tandem.shared.web.Pictures;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The controls of a risk: the register's keepers of the risk's site add, change and void them; the keepers and a
 * control's owner verify critical controls in the field. A failed verification marks the control NOT_EFFECTIVE and
 * raises an action on its owner to restore it (a day to do it for a fatal risk, a week otherwise); a passed one marks
 * it EFFECTIVE. A control or verification sent again under the same id returns the stored one.
 */
@Service
@Transactional
public class ControlRegister {

    /** The largest photo of a verification. */
    static final long PHOTO_MAX_BYTES = 10L * 1024 * 1024;

    /** Raises the repair of a failed control for a verifier (a control's owner) who plans no actions themselves. */
    private static final Viewer RAISER = Viewer.automated("risk-controls", "Tandem", Role.HSE_SPECIALIST);

    private final RiskControls controls;
    private final AuditedRecords<RiskControl> records;
    private final ControlVerifications verifications;
    private final RiskRegister register;
    private final Risks risks;
    private final RiskAccess access;
    private final RiskReferences references;
    private final ActionPlanning actions;

    ControlRegister(
            RiskControls controls,
            History history,
            ControlVerifications verifications,
            RiskRegister register,
            Risks risks,
            RiskAccess access,
            RiskReferences references,
            ActionPlanning actions) {
        this.controls = controls;
        this.records = history.auditing(controls, this::canRead);
        this.verifications = verifications;
        this.register = register;
        this.risks = risks;
        this.access = access;
        this.references = references;
        this.actions = actions;
    }

    public Created<RiskControl> add(UUID riskId, DefineControl details, Viewer viewer) {
        var risk = kept(riskId, viewer);
        return records.create(
                details.id(),
                (replayer, stored) -> kept(stored.riskId(), replayer),
                id -> added(id, risk, details),
                viewer);
    }

    private RiskControl added(UUID id, Risk risk, DefineControl details) {
        requireCurrent(risk);
        references.requireOwner(details.ownerPersonId(), "ownerPersonId");
        return RiskControl.added(id, risk.id(), details, references.now());
    }

    /** A control of the risk, to a viewer who may read the risk. */
    @Transactional(readOnly = true)
    public RiskControl control(UUID riskId, UUID controlId, Viewer viewer) {
        register.risk(riskId, viewer);
        return controls.findById(controlId)
                .filter(control -> control.riskId().equals(riskId))
                .orElseThrow(() -> new NotFoundException("RiskControl", controlId));
    }

    public RiskControl change(
            UUID riskId, UUID controlId, Precondition precondition, DefineControl details, Viewer viewer) {
        kept(riskId, viewer);
        var control = control(riskId, controlId, viewer);
        if (!Objects.equals(details.ownerPersonId(), control.ownerPersonId())) {
            references.requireOwner(details.ownerPersonId(), "ownerPersonId");
        }
        return records.change(control, precondition, changed -> changed.revise(details), viewer);
    }

    public RiskControl voidControl(UUID riskId, UUID controlId, String reason, Viewer viewer) {
        kept(riskId, viewer);
        return records.voidRecord(control(riskId, controlId, viewer), reason, viewer);
    }

    /**
     * Records a verification of a critical control, with its photo if one was taken.
     *
     * @param photo the photo's bytes, or {@code null}
     */
    public Created<ControlVerification> verify(
            UUID riskId, UUID controlId, VerifyControl verification, byte[] photo, Viewer viewer) {
        var risk = register.risk(riskId, viewer);
        var control = control(riskId, controlId, viewer);
        if (!RiskAccess.canVerify(viewer, risk.siteId(), control.ownerPersonId())) {
            throw new AccessDeniedException("verifying the controls of this risk");
        }
        if (verification.id() != null) {
            var stored = verifications.find(verification.id());
            if (stored.isPresent()) {
                if (!stored.get().controlId().equals(controlId)) {
                    throw new NotFoundException("ControlVerification", verification.id());
                }
                return new Created<>(stored.get(), false);
            }
        }
        requireCurrent(risk);
        control.requireCritical();
        var picture = photo == null || photo.length == 0 ? null : Pictures.checked(photo, PHOTO_MAX_BYTES, "photo");
        var id = verification.id() == null ? UUID.randomUUID() : verification.id();
        var now = references.now();
        boolean passed = verification.passed();
        var actionId = passed ? null : repair(risk, control, id, verification.note(), viewer);
        var note = verification.note() == null || verification.note().isBlank()
                ? null
                : verification.note().strip();
        var made = new ControlVerification(
                id, controlId, passed, note, picture != null, actionId, now, viewer.displayName());
        verifications.add(made, picture, viewer);
        records.change(
                control, Precondition.none(), verified -> verified.verified(passed, now, risk, id, actionId), viewer);
        return new Created<>(made, true);
    }

    /** Raises the action that restores a failed control, on its owner; one per verification, however often sent. */
    private UUID repair(Risk risk, RiskControl control, UUID verificationId, String note, Viewer verifier) {
        var id = UUID.nameUUIDFromBytes(("control-repair:" + verificationId).getBytes(StandardCharsets.UTF_8));
        var due = references.today().plusDays(risk.fatal() ? 1 : 7);
        var raiser = ActionAccess.canPlan(verifier) ? verifier : RAISER;
        actions.raise(
                new RaiseAction(
                        id,
                        shortened(control.description(), 300),
                        note == null || note.isBlank() ? control.performanceStandard() : note.strip(),
                        SourceType.RISK,
                        control.id(),
                        null,
                        control.ownerPersonId(),
                        null,
                        due,
                        risk.fatal() ? ActionPriority.CRITICAL : ActionPriority.HIGH),
                raiser);
        return id;
    }

    private static String shortened(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static void requireCurrent(Risk risk) {
        if (risk.isVoided()) {
            throw new InvalidRequestException("record", "rule.voidedUnchangeable");
        }
    }

    private Risk kept(UUID riskId, Viewer viewer) {
        var risk = register.risk(riskId, viewer);
        if (!RiskAccess.canKeep(viewer, risk.siteId())) {
            throw new AccessDeniedException("keeping the controls of this risk");
        }
        return risk;
    }

    private boolean canRead(Viewer viewer, RiskControl control) {
        return risks.findById(control.riskId())
                .map(risk -> access.canRead(viewer, risk))
                .orElse(false);
    }
}
