package dev.tandem.audit.web;

import dev.tandem.audit.StartInspection;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The start of an inspection as its list page asks for it: which checklist, where, whose work. */
record StartForm(@NotNull UUID templateId, @NotNull UUID siteId, UUID areaId, UUID organisationId) {

    StartInspection start(UUID id) {
        return new StartInspection(id, templateId, siteId, areaId, organisationId, null, null);
    }
}
