package dev.tandem.audit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An inspection done on a phone without network and sent whole when the network returned: its start, its answers and
 * notes by question name, and its findings; the photos travel beside it, one a question.
 *
 * @param id chosen by the phone: the key that makes a second sending return the stored inspection
 * @param templateVersion the published version the phone kept and asked; the latest when left out
 * @param conductedOn the day it was done on the phone, which may be days before the network returned; the site's
 *     today when left out
 * @param kind an ordinary inspection when left out; an audit of a contractor names the contractor; a joint one is
 *     started by the contractor's supervisor with the area's owner invited
 */
public record InspectionDoneOffline(
        @NotNull UUID id,
        @NotNull UUID templateId,
        Integer templateVersion,
        @NotNull UUID siteId,
        UUID areaId,
        UUID organisationId,
        LocalDate conductedOn,
        @Size(max = 200) String conductedBy,
        Map<String, String> answers,
        Map<String, String> notes,
        @Valid @Size(max = 500) List<RaiseFinding> findings,
        InspectionKind kind) {

    public InspectionDoneOffline {
        answers = answers == null ? Map.of() : answers;
        notes = notes == null ? Map.of() : notes;
        findings = findings == null ? List.of() : List.copyOf(findings);
        kind = kind == null ? InspectionKind.INSPECTION : kind;
    }

    StartInspection start() {
        return new StartInspection(
                id, templateId, siteId, areaId, organisationId, conductedOn, conductedBy, kind, null);
    }
}
