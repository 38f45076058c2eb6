package dev.tandem.training;

import dev.tandem.shared.Role;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A cell of the requirements matrix: the competence required of everyone (nothing else given), of a position, of a
 * role, or of work in an area; at most one of the three.
 *
 * @param position as the people register names it, whatever its case and spaces
 */
public record RequireCompetence(@NotNull UUID competenceId, @Size(max = 200) String position, Role role, UUID areaId) {

    public RequireCompetence {
        position = position == null || position.isBlank() ? null : position.strip();
    }
}
