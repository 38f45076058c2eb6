package dev.tandem.contractor.engagement;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.modulith.NamedInterface;

/**
 * An engagement as it is agreed: the contractor, the site and its areas, the days, what is to be done, how many people
 * and the mentor.
 *
 * @param id chosen by the client, so that a request sent twice makes one engagement
 * @param mentorPersonId the line manager who owns one of the areas and holds a valid mentor's qualification
 */
@NamedInterface("commands")
public record PlanEngagement(
        UUID id,
        @NotNull UUID organisationId,
        @NotNull UUID siteId,
        @NotNull @Size(min = 1, max = 20) List<@NotNull UUID> areaIds,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
        @NotBlank @Size(max = 2000) String description,
        @NotNull @Min(1) @Max(10000) Integer plannedHeadcount,
        UUID mentorPersonId) {

    public PlanEngagement {
        areaIds = areaIds == null ? null : List.copyOf(areaIds);
    }
}
