package dev.tandem.event;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/**
 * What a person reports from the field: at most four things to fill in (type, where, what happened and an optional
 * photo, which travels separately). Everything else is for the reviewer.
 *
 * @param id chosen by the device, so that a report sent twice is stored once
 * @param occurredAt when it happened; the moment of reporting when absent
 * @param areaId where it happened; or only {@code siteId} when the area is not known
 * @param anonymous whether the reporter's name is left out (when the enterprise allows it)
 */
public record ReportEvent(
        UUID id,
        @NotNull EventType type,
        Instant occurredAt,
        UUID siteId,
        UUID areaId,
        @NotBlank @Size(max = 4000) String description,
        boolean anonymous) {}
