package dev.tandem.signal;

import dev.tandem.history.Dependents;
import dev.tandem.history.Recorded;
import dev.tandem.history.StillInUse;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A tag in use measures a machine: the machine stays until its tags are voided (their warnings would name nothing). */
@Component
class TagDependents implements Dependents {

    private final JdbcClient jdbc;

    TagDependents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<StillInUse> on(Recorded record) {
        if (!record.recordType().equals("equipment")) {
            return Optional.empty();
        }
        return StillInUse.named(
                jdbc,
                "rule.equipmentHasTags",
                "select tag_key from signal_tag where equipment_id = :id and voided_at is null order by tag_key",
                record.id());
    }
}
