package dev.tandem.action;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A corrective action to raise.
 *
 * @param id chosen by the client, so that a request sent twice raises one action
 * @param sourceId the record the action comes from; none for {@link SourceType#OTHER}
 * @param siteId only for an action without a source: one from a source is tracked on the source's site
 * @param responsibleOrganisationId the organisation that does the work; the source's organisation when left out
 * @param dueDate the day it is due, in the enterprise's time zone; not in the past
 * @param priority {@link ActionPriority#MEDIUM} when left out
 */
public record RaiseAction(
        UUID id,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 4000) String description,
        @NotNull SourceType sourceType,
        UUID sourceId,
        UUID siteId,
        @NotNull UUID ownerPersonId,
        UUID responsibleOrganisationId,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
        ActionPriority priority) {

    public RaiseAction {
        priority = priority == null ? ActionPriority.MEDIUM : priority;
    }
}
