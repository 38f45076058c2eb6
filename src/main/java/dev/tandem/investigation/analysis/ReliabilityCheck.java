package dev.tandem.investigation.analysis;

import dev.tandem.action.ActionFilter;
import dev.tandem.action.ActionPlanning;
import dev.tandem.action.ActionQueries;
import dev.tandem.action.ActionStatus;
import dev.tandem.action.CorrectiveAction;
import dev.tandem.equipment.DowntimeFilter;
import dev.tandem.equipment.Downtimes;
import dev.tandem.investigation.Investigation;
import dev.tandem.shared.Paging;
import dev.tandem.shared.Viewer;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Did it work?" for an investigation of a machine's downtime: once every action raised on it is verified, the
 * machine's failures for the reason investigated and its MTBF and MTTR in the 90 days before the last verification
 * and in the 90 days after (up to now, while they last).
 */
@Component
public class ReliabilityCheck {

    /** Most failures one window reads. */
    private static final int MOST_FAILURES = Paging.EXPORT_SIZE;

    private final Downtimes downtimes;
    private final ActionQueries actions;
    private final ActionPlanning planning;
    private final Clock clock;

    ReliabilityCheck(Downtimes downtimes, ActionQueries actions, ActionPlanning planning, Clock clock) {
        this.downtimes = downtimes;
        this.actions = actions;
        this.planning = planning;
        this.clock = clock;
    }

    /** The verdict, when the investigation is of one machine's downtime for one reason and its actions are verified. */
    @Transactional(readOnly = true)
    public Optional<Effectiveness.Verdict> of(Investigation investigation) {
        if (investigation.equipmentId() == null || investigation.downtimeReason() == null) {
            return Optional.empty();
        }
        var raised = actions.actions(
                        ActionFilter.ofSource(investigation.id()), Paging.first(Paging.MAX_SIZE), Viewer.system())
                .items();
        if (raised.isEmpty() || raised.stream().anyMatch(row -> row.status() != ActionStatus.VERIFIED)) {
            return Optional.empty();
        }
        var verifiedAt = raised.stream()
                .map(row -> planning.findAction(row.id(), Viewer.system())
                        .map(CorrectiveAction::verifiedAt)
                        .orElse(null))
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder());
        return verifiedAt.map(at -> Effectiveness.around(at, failures(investigation, at), Instant.now(clock)));
    }

    private List<Effectiveness.Failure> failures(Investigation investigation, Instant verifiedAt) {
        var filter = new DowntimeFilter(
                investigation.equipmentId(),
                null,
                null,
                investigation.downtimeReason(),
                false,
                null,
                verifiedAt.minus(Effectiveness.WINDOW),
                verifiedAt.plus(Effectiveness.WINDOW),
                null);
        return downtimes.downtimes(filter, Paging.first(MOST_FAILURES), Viewer.system()).items().stream()
                .map(downtime -> new Effectiveness.Failure(downtime.startedAt(), downtime.endedAt()))
                .toList();
    }
}
