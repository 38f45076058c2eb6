package dev.tandem.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/** An area as it is entered; the owner must be a person of the owner company. */
public record DefineArea(
        @NotNull UUID siteId,
        @NotBlank @Size(max = 20) String code,
        @NotBlank @Size(max = 200) String name,
        UUID ownerId,
        @Size(max = 2000) String description) {

    public static DefineArea of(Area area) {
        return new DefineArea(area.siteId(), area.code(), area.name(), area.ownerId(), area.description());
    }
}
