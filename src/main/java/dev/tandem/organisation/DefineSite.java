package dev.tandem.organisation;

import dev.tandem.organisation.validation.ValidTimeZone;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A site as it is entered.
 *
 * @param hseLeadId the person of the owner company who leads the site's safety department, whom an unanswered stop
 *     of work reaches after a quarter of an hour; none (null): the site's safety department as a whole
 */
public record DefineSite(
        @NotBlank @Size(max = 20) String code,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @ValidTimeZone String timeZone,
        @Size(max = 500) String address,
        UUID hseLeadId) {

    /** A site with no HSE lead named. */
    public static DefineSite named(String code, String name, String timeZone, String address) {
        return new DefineSite(code, name, timeZone, address, null);
    }

    public static DefineSite of(Site site) {
        return new DefineSite(site.code(), site.name(), site.timeZone(), site.address(), site.hseLeadId());
    }

    /** The same site led by another person. */
    public DefineSite ledBy(UUID lead) {
        return new DefineSite(code, name, timeZone, address, lead);
    }
}
