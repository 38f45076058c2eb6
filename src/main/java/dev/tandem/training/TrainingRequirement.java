package dev.tandem.training;

import dev.tandem.history.Recorded;
import dev.tandem.history.Voidable;
import dev.tandem.shared.Role;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A competence required of everyone, of a position, of a role or of work in an area: a cell of the matrix the safety
 * department edits. It is not changed: a requirement no longer wanted is voided, a new one added.
 */
public class TrainingRequirement extends Voidable {

    @Id
    private final UUID id;

    private final UUID competenceId;
    private final String position;
    private final Role role;
    private final UUID areaId;

    @Version
    private Long version;

    @PersistenceCreator
    TrainingRequirement(UUID id, UUID competenceId, String position, Role role, UUID areaId, Long version) {
        this.id = id;
        this.competenceId = competenceId;
        this.position = position;
        this.role = role;
        this.areaId = areaId;
        this.version = version;
    }

    static TrainingRequirement of(UUID id, RequireCompetence command) {
        return new TrainingRequirement(
                id, command.competenceId(), command.position(), command.role(), command.areaId(), null);
    }

    @Override
    public String recordType() {
        return "training-requirement";
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public Long version() {
        return version;
    }

    public UUID competenceId() {
        return competenceId;
    }

    public String position() {
        return position;
    }

    public Role role() {
        return role;
    }

    public UUID areaId() {
        return areaId;
    }

    @Override
    public Map<String, Object> snapshot() {
        return Recorded.fields("competenceId", competenceId, "position", position, "role", role, "areaId", areaId);
    }
}
