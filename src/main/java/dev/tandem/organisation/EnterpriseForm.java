package dev.tandem.organisation;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The enterprise settings as an administrator edits them. */
public record EnterpriseForm(
        @NotBlank @Size(max = 200) String name, @NotBlank @ValidTimeZone String timeZone, int frequencyRateBase) {

    @AssertTrue(message = "{tandem.validation.frequencyRateBase}")
    public boolean isFrequencyRateBaseSupported() {
        return frequencyRateBase == Enterprise.IOGP_BASE || frequencyRateBase == Enterprise.OSHA_BASE;
    }
}
