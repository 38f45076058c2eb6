package dev.tandem.action;

import dev.tandem.organisation.Dependents;
import dev.tandem.organisation.StillInUse;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An open action needs its owner: the person stays until their open actions are handed over or done. */
@Component
class ActionDependents implements Dependents {

    private final JdbcClient jdbc;

    ActionDependents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<StillInUse> on(Of kind, UUID id) {
        if (kind != Of.PERSON) {
            return Optional.empty();
        }
        var titles = jdbc.sql(
                        """
                        select title from corrective_action
                        where owner_person_id = :id and voided_at is null and status in ('OPEN', 'IN_PROGRESS')
                        order by due_date, title limit :limit""")
                .param("id", id)
                .param("limit", StillInUse.LISTED + 1)
                .query(String.class)
                .list();
        return titles.isEmpty() ? Optional.empty() : Optional.of(new StillInUse("rule.personOwnsActions", titles));
    }
}
