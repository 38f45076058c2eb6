package dev.tandem.investigation;

import static dev.tandem.shared.Role.DIRECTOR;

import dev.tandem.action.ActionFilter;
import dev.tandem.action.ActionQueries;
import dev.tandem.action.ActionQueries.ActionCounts;
import dev.tandem.action.ActionQueries.ActionRow;
import dev.tandem.history.AuditedRecords;
import dev.tandem.history.History;
import dev.tandem.investigation.access.InvestigationAccess;
import dev.tandem.investigation.store.Investigations;
import dev.tandem.shared.InvalidRequestException;
import dev.tandem.shared.NotFoundException;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Precondition;
import dev.tandem.shared.Viewer;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing an investigation: its leader or the safety department close it once every action raised on it (source
 * INVESTIGATION, in the action module) is verified; with actions still unverified, or none, only a director closes
 * it, accepting the rest with a reason, which its history keeps.
 */
@Service
@Transactional
public class InvestigationClosing {

    private final Investigations investigations;
    private final AuditedRecords<Investigation> records;
    private final ActionQueries actions;
    private final Clock clock;

    InvestigationClosing(Investigations investigations, History history, ActionQueries actions, Clock clock) {
        this.investigations = investigations;
        this.records = history.auditing(investigations, InvestigationAccess::canRead);
        this.actions = actions;
        this.clock = clock;
    }

    /** The actions raised on the investigation, by status, whoever may read them. */
    @Transactional(readOnly = true)
    public ActionCounts actions(UUID investigationId) {
        return actions.counts(ActionFilter.ofSource(investigationId), Viewer.system());
    }

    /** The actions raised on the investigation, as far as the viewer reads them. */
    @Transactional(readOnly = true)
    public List<ActionRow> actionRows(UUID investigationId, Viewer viewer) {
        return actions.actions(ActionFilter.ofSource(investigationId), Paging.first(Paging.MAX_SIZE), viewer)
                .items();
    }

    public Investigation close(UUID id, Precondition precondition, String reason, Viewer viewer) {
        var investigation = investigations
                .findById(id)
                .filter(found -> InvestigationAccess.canRead(viewer, found))
                .orElseThrow(() -> new NotFoundException("Investigation", id));
        var director = viewer.hasOwnerRole(DIRECTOR);
        if (!director && !InvestigationAccess.canPlan(viewer, investigation)) {
            throw new AccessDeniedException("closing this investigation");
        }
        var accepting = reason != null && !reason.isBlank();
        if (accepting && !director) {
            throw new InvalidRequestException("reason", "investigation.rule.directorAccepts");
        }
        var tally = actions(id);
        var acceptance = accepting ? new DirectorsAcceptance(viewer.personId(), reason) : null;
        return records.change(
                investigation,
                precondition,
                changed -> changed.close(tally.total(), tally.verified(), acceptance, Instant.now(clock)),
                viewer);
    }
}
