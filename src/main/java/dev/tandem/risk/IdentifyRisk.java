package dev.tandem.risk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A risk to enter in the register, or the new details of one (then {@code id} is not read). The site is the area's.
 *
 * @param id chosen by the client, so that a request sent twice enters one risk
 * @param externalId the risk's id in the plant's spreadsheets, unique in the enterprise whatever its case
 * @param activity the activity or job step under assessment
 * @param ownerPersonId a person of the owner company who answers for the risk
 * @param fatal whether the credible worst outcome is a death, whatever the matrix says
 */
public record IdentifyRisk(
        UUID id,
        @Size(max = 100) String externalId,
        @NotNull UUID areaId,
        @NotBlank @Size(max = 300) String activity,
        @NotNull UUID hazardCategoryId,
        @NotBlank @Size(max = 1000) String hazard,
        @NotBlank @Size(max = 1000) String unwantedEvent,
        @NotBlank @Size(max = 1000) String consequence,
        @NotNull UUID ownerPersonId,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewDate,
        Boolean fatal) {

    public IdentifyRisk {
        // an unticked checkbox sends nothing: not fatal
        fatal = Boolean.TRUE.equals(fatal);
    }

    /** The details of a stored risk, for its form. */
    public static IdentifyRisk of(Risk risk) {
        return new IdentifyRisk(
                risk.id(),
                risk.externalId(),
                risk.areaId(),
                risk.activity(),
                risk.hazardCategoryId(),
                risk.hazard(),
                risk.unwantedEvent(),
                risk.consequence(),
                risk.ownerPersonId(),
                risk.reviewDate(),
                risk.fatal());
    }

    /** The same details under another id. */
    public IdentifyRisk withId(UUID other) {
        return with(other, ownerPersonId);
    }

    /** The same details with another owner. */
    public IdentifyRisk withOwner(UUID owner) {
        return with(id, owner);
    }

    private IdentifyRisk with(UUID otherId, UUID owner) {
        return new IdentifyRisk(
                otherId,
                externalId,
                areaId,
                activity,
                hazardCategoryId,
                hazard,
                unwantedEvent,
                consequence,
                owner,
                reviewDate,
                fatal);
    }

    /** An empty form, to be filled in, with a fresh id and the review date proposed. */
    public static IdentifyRisk blank(UUID areaId, LocalDate reviewDate) {
        return prefilled(areaId, "", "", reviewDate);
    }

    /**
     * A form started from what another record says (a stop of work: its work and what was unsafe), with a fresh id
     * and the review date proposed.
     */
    public static IdentifyRisk prefilled(UUID areaId, String activity, String hazard, LocalDate reviewDate) {
        return new IdentifyRisk(
                UUID.randomUUID(),
                null,
                areaId,
                activity == null ? "" : activity,
                null,
                hazard == null ? "" : hazard,
                "",
                "",
                null,
                reviewDate,
                false);
    }
}
