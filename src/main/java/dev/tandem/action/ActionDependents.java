package dev.tandem.action;

import dev.tandem.history.Dependents;
import dev.tandem.history.Recorded;
import dev.tandem.history.StillInUse;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An open action needs its owner and its responsible organisation: they stay until their open actions are handed
 * over or done. The record an action was raised on (a safety event, a risk, any source) stays until its open actions
 * are done or voided, so no open action is left working on a record that no longer counts.
 */
@Component
class ActionDependents implements Dependents {

    private static final String OPEN_ACTIONS =
            """
            select title from corrective_action
            where %s = :id and voided_at is null and status in ('OPEN', 'IN_PROGRESS')
            order by due_date, title""";

    private final JdbcClient jdbc;

    ActionDependents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<StillInUse> on(Recorded record) {
        return switch (record.recordType()) {
            case "person" ->
                StillInUse.named(
                        jdbc, "rule.personOwnsActions", OPEN_ACTIONS.formatted("owner_person_id"), record.id());
            case "organisation" ->
                StillInUse.named(
                        jdbc,
                        "rule.organisationResponsibleForActions",
                        OPEN_ACTIONS.formatted("responsible_organisation_id"),
                        record.id());
            default ->
                StillInUse.named(jdbc, "rule.recordHasOpenActions", OPEN_ACTIONS.formatted("source_id"), record.id());
        };
    }
}
