package dev.tandem.organisation;

import dev.tandem.organisation.validation.ValidTimeZone;
import dev.tandem.shared.Languages;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * The enterprise settings as an administrator edits them.
 *
 * @param anonymousReporting whether a worker may report a safety event without giving their name
 * @param ltiCountsFatalities whether fatalities count as lost-time injuries (AS 1885.1 does)
 * @param daysWithoutTrigger the injuries that reset the days-without counters; LTI when absent
 * @param language the language of the texts Tandem writes by itself, such as early warnings; Russian when absent
 * @param managingDirectorId a person of the owner company, who hears what the rules tell the managing director; none
 *     when absent
 */
public record ConfigureEnterprise(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @ValidTimeZone String timeZone,
        int frequencyRateBase,
        boolean anonymousReporting,
        boolean ltiCountsFatalities,
        DaysWithoutTrigger daysWithoutTrigger,
        @Pattern(regexp = Languages.TAGS) String language,
        UUID managingDirectorId) {

    public static ConfigureEnterprise of(Enterprise enterprise) {
        return new ConfigureEnterprise(
                enterprise.name(),
                enterprise.timeZone(),
                enterprise.frequencyRateBase(),
                enterprise.anonymousReporting(),
                enterprise.ltiCountsFatalities(),
                enterprise.daysWithoutTrigger(),
                enterprise.language(),
                enterprise.managingDirectorId());
    }

    /** The same settings with another managing director. */
    public ConfigureEnterprise managedBy(UUID managingDirector) {
        return new ConfigureEnterprise(
                name,
                timeZone,
                frequencyRateBase,
                anonymousReporting,
                ltiCountsFatalities,
                daysWithoutTrigger,
                language,
                managingDirector);
    }

    @AssertTrue(message = "{tandem.validation.frequencyRateBase}")
    public boolean isFrequencyRateBaseSupported() {
        return frequencyRateBase == Enterprise.IOGP_BASE || frequencyRateBase == Enterprise.OSHA_BASE;
    }
}
