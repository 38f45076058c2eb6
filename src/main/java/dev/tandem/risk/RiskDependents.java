package dev.tandem.risk;

import dev.tandem.history.Dependents;
import dev.tandem.history.Recorded;
import dev.tandem.history.StillInUse;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A risk and a control need their owner: a person stays until the current risks they own and the current controls they
 * answer for are handed over or voided.
 */
@Component
class RiskDependents implements Dependents {

    private final JdbcClient jdbc;

    RiskDependents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<StillInUse> on(Recorded record) {
        if (!"person".equals(record.recordType())) {
            return Optional.empty();
        }
        return StillInUse.named(
                        jdbc,
                        "rule.personOwnsRisks",
                        "select " + RiskNames.NAME
                                + " from risk_entry where owner_person_id = :id and voided_at is null"
                                + " order by external_id nulls last, hazard",
                        record.id())
                .or(() -> StillInUse.named(
                        jdbc,
                        "rule.personOwnsControls",
                        """
                        select c.description from risk_control c join risk_entry r on r.id = c.risk_id
                        where c.owner_person_id = :id and c.voided_at is null and r.voided_at is null
                        order by c.description""",
                        record.id()));
    }
}
