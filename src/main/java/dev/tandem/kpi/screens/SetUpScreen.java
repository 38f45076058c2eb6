package dev.tandem.kpi.screens;

import dev.tandem.shared.Languages;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A shop-floor screen as it is set up: what it shows (no site and no organisation: the whole enterprise), how
 * long each view stays, and its language.
 */
public record SetUpScreen(
        @NotBlank @Size(max = 100) String name,
        UUID siteId,
        UUID organisationId,
        @NotNull @Min(5) @Max(300) Integer rotateSeconds,
        @NotBlank @Pattern(regexp = Languages.TAGS) String language) {

    public static SetUpScreen blank(String language) {
        return new SetUpScreen("", null, null, 20, language);
    }
}
