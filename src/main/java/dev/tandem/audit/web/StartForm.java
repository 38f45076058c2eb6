package dev.tandem.audit.web;

import dev.tandem.audit.InspectionKind;
import dev.tandem.audit.StartInspection;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * The start of an inspection as its list page asks for it: which checklist, where, whose work, what kind and, for a
 * joint one, the owner company's person invited (the area's owner when left out).
 */
record StartForm(
        @NotNull UUID templateId,
        @NotNull UUID siteId,
        UUID areaId,
        UUID organisationId,
        InspectionKind kind,
        UUID invitedPersonId) {

    StartInspection start(UUID id) {
        return new StartInspection(id, templateId, siteId, areaId, organisationId, null, null, kind, invitedPersonId);
    }
}
