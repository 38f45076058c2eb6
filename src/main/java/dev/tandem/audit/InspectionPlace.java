package dev.tandem.audit;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Where, for whom and by whom an inspection is done, kept in the inspection's own columns: its title page (the day it
 * is conducted on and by whom, filled in by the first answer when a schedule left them empty), what kind it is and,
 * for a joint one, the owner company's person invited.
 *
 * @param organisationId the contractor whose work is inspected; null for the plant's own
 * @param startedByOrganisationId who started it: the organisation it counts for
 * @param invitedPersonId the owner company's person a joint inspection's starter invited: the area's line manager
 */
record InspectionPlace(
        UUID siteId,
        UUID areaId,
        UUID organisationId,
        UUID startedByOrganisationId,
        LocalDate conductedOn,
        String conductedBy,
        InspectionKind kind,
        UUID invitedPersonId) {

    /** The title page with the day filled in, unless it has one. */
    InspectionPlace conductedOnUnlessSet(LocalDate day) {
        return conductedOn != null ? this : withTitlePage(day, conductedBy);
    }

    /** The title page with who conducts it filled in, unless it names someone. */
    InspectionPlace conductedByUnlessSet(String by) {
        return conductedBy != null ? this : withTitlePage(conductedOn, by);
    }

    private InspectionPlace withTitlePage(LocalDate day, String by) {
        return new InspectionPlace(
                siteId, areaId, organisationId, startedByOrganisationId, day, by, kind, invitedPersonId);
    }
}
