package dev.tandem.risk;

import dev.tandem.action.ActionFilter;
import dev.tandem.action.ActionQueries;
import dev.tandem.history.AuditedRecords;
import dev.tandem.history.Created;
import dev.tandem.history.History;
import dev.tandem.risk.matrix.RiskMatrices;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's keepers (the safety department and line managers of the risk's site) enter risks, change, assess and
 * void them; the residual risk only once a compensating measure is verified; directors accept risks in writing. An
 * entry sent again under the same id returns the stored risk.
 */
@Service
@Transactional
public class RiskRegister {

    private final Risks risks;
    private final AuditedRecords<Risk> records;
    private final RiskAccess access;
    private final RiskReferences references;
    private final RiskMatrices matrices;
    private final ActionQueries actions;

    RiskRegister(
            Risks risks,
            History history,
            RiskAccess access,
            RiskReferences references,
            RiskMatrices matrices,
            ActionQueries actions) {
        this.risks = risks;
        this.records = history.auditing(risks, access::canRead);
        this.access = access;
        this.references = references;
        this.matrices = matrices;
        this.actions = actions;
    }

    public Created<Risk> identify(IdentifyRisk details, Viewer viewer) {
        if (!RiskAccess.keepsRegister(viewer)) {
            throw new AccessDeniedException("keeping the risk register");
        }
        return records.create(
                details.id(),
                (replayer, stored) -> requireKeeper(replayer, stored.siteId()),
                id -> identified(id, details, viewer),
                viewer);
    }

    private Risk identified(UUID id, IdentifyRisk details, Viewer viewer) {
        var area = references.check(details, id);
        requireKeeper(viewer, area.siteId());
        return Risk.identified(id, details, area.siteId(), references.now());
    }

    /** A risk the viewer may read. */
    @Transactional(readOnly = true)
    public Risk risk(UUID id, Viewer viewer) {
        return findRisk(id, viewer).orElseThrow(() -> new NotFoundException("Risk", id));
    }

    /**
     * A risk the viewer may read, if there is one: for a caller in a transaction of its own, which a "not found"
     * thrown through this transactional method would mark for rollback.
     */
    @Transactional(readOnly = true)
    public Optional<Risk> findRisk(UUID id, Viewer viewer) {
        return risks.findById(id).filter(risk -> access.canRead(viewer, risk));
    }

    public Risk revise(UUID id, Precondition precondition, IdentifyRisk details, Viewer viewer) {
        var risk = kept(id, viewer);
        var area = references.check(details, id);
        requireKeeper(viewer, area.siteId());
        return records.change(risk, precondition, changed -> changed.revise(details, area.siteId()), viewer);
    }

    /** Assesses the risk as it is on the current matrix. */
    public Risk assess(UUID id, Precondition precondition, AssessRisk assessment, Viewer viewer) {
        var matrix = matrices.current();
        var now = references.now();
        return change(id, precondition, viewer, risk -> risk.assess(matrix, assessment, viewer, now));
    }

    /** Assesses what is left after measures; only once one of the risk's measures is verified by a second person. */
    public Risk assessResidual(UUID id, Precondition precondition, AssessRisk assessment, Viewer viewer) {
        var matrix = matrices.current();
        var now = references.now();
        boolean verified = hasVerifiedMeasure(id);
        return change(id, precondition, viewer, risk -> risk.assessResidual(matrix, assessment, verified, viewer, now));
    }

    /** Whether an action raised on the risk is done and verified by someone other than its owner. */
    @Transactional(readOnly = true)
    public boolean hasVerifiedMeasure(UUID riskId) {
        return actions.counts(ActionFilter.ofSource(riskId), Viewer.system()).verified() > 0;
    }

    /** A director accepts the risk as it stands, with a written justification. */
    public Risk accept(UUID id, Precondition precondition, AcceptRisk acceptance, Viewer viewer) {
        var risk = risk(id, viewer);
        if (!RiskAccess.canAccept(viewer)) {
            throw new AccessDeniedException("accepting risks");
        }
        return records.change(
                risk, precondition, changed -> changed.accept(acceptance.justification(), viewer.personId()), viewer);
    }

    public Risk voidRisk(UUID id, String reason, Viewer viewer) {
        return records.voidRecord(kept(id, viewer), reason, viewer);
    }

    private Risk change(UUID id, Precondition precondition, Viewer viewer, Consumer<Risk> step) {
        return records.change(kept(id, viewer), precondition, step, viewer);
    }

    private Risk kept(UUID id, Viewer viewer) {
        var risk = risk(id, viewer);
        requireKeeper(viewer, risk.siteId());
        return risk;
    }

    private static void requireKeeper(Viewer viewer, UUID siteId) {
        if (!RiskAccess.canKeep(viewer, siteId)) {
            throw new AccessDeniedException("keeping the risk register of this site");
        }
    }
}
