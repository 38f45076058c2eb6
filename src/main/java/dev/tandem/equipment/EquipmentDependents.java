package dev.tandem.equipment;

import dev.tandem.organisation.Dependents;
import dev.tandem.organisation.StillInUse;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Equipment in use stands in an area: the area stays until it is moved or voided (its tags' warnings need it). */
@Component
class EquipmentDependents implements Dependents {

    private final JdbcClient jdbc;

    EquipmentDependents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<StillInUse> on(Of kind, UUID id) {
        if (kind != Of.AREA) {
            return Optional.empty();
        }
        var codes = jdbc.sql("select code from equipment where area_id = :id and voided_at is null order by code limit "
                        + (StillInUse.LISTED + 1))
                .param("id", id)
                .query(String.class)
                .list();
        return codes.isEmpty() ? Optional.empty() : Optional.of(new StillInUse("rule.areaHasEquipment", codes));
    }
}
