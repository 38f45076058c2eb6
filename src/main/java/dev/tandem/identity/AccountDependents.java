package dev.tandem.identity;

import dev.tandem.history.Dependents;
import dev.tandem.history.Recorded;
import dev.tandem.history.StillInUse;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person who can still sign in stays until their account is disabled, so voiding never looks like locking out. */
@Component
class AccountDependents implements Dependents {

    private final JdbcClient jdbc;

    AccountDependents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<StillInUse> on(Recorded record) {
        if (!record.recordType().equals("person")) {
            return Optional.empty();
        }
        return StillInUse.named(
                jdbc,
                "rule.personCanSignIn",
                "select username from user_account where person_id = :id and enabled order by username",
                record.id());
    }
}
