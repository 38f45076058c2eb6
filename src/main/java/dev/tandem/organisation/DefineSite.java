package dev.tandem.organisation;

import dev.tandem.organisation.validation.ValidTimeZone;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record DefineSite(
        @NotBlank @Size(max = 20) String code,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @ValidTimeZone String timeZone,
        @Size(max = 500) String address) {

    public static DefineSite of(Site site) {
        return new DefineSite(site.code(), site.name(), site.timeZone(), site.address());
    }
}
