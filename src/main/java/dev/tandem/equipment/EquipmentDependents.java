package dev.tandem.equipment;

import dev.tandem.history.Dependents;
import dev.tandem.history.Recorded;
import dev.tandem.history.StillInUse;
import java.util.Optional;
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
    public Optional<StillInUse> on(Recorded record) {
        if (!record.recordType().equals("area")) {
            return Optional.empty();
        }
        return StillInUse.named(
                jdbc,
                "rule.areaHasEquipment",
                "select code from equipment where area_id = :id and voided_at is null order by code",
                record.id());
    }
}
