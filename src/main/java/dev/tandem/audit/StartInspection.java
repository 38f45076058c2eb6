package dev.tandem.audit;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * An inspection to start on a template's latest published version, with its title page.
 *
 * @param id chosen by the client, so that a start sent twice starts one inspection
 * @param organisationId the contractor whose work is inspected; a contractor's people always inspect their own
 * @param conductedOn the day it is done, not after the site's today; the site's today when left out
 * @param conductedBy who does it; the viewer's name when left out
 * @param kind {@link InspectionKind#INSPECTION} when left out
 * @param invitedPersonId a joint inspection's invited line manager; the area's owner when left out
 */
@NamedInterface("inspections")
public record StartInspection(
        UUID id,
        @NotNull UUID templateId,
        @NotNull UUID siteId,
        UUID areaId,
        UUID organisationId,
        LocalDate conductedOn,
        @Size(max = 200) String conductedBy,
        InspectionKind kind,
        UUID invitedPersonId) {

    public StartInspection {
        kind = kind == null ? InspectionKind.INSPECTION : kind;
    }
}
