package dev.tandem.event.web;

import dev.tandem.event.EventType;
import dev.tandem.event.ReportEvent;
import dev.tandem.shared.InvalidRequestException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/**
 * The field form as a phone submits it. {@code where} is one choice: {@code area:<id>} for an area, or
 * {@code site:<id>} when only the site is known.
 */
record FieldReport(
        UUID id,
        @NotNull EventType type,
        @NotBlank String where,
        @NotBlank @Size(max = 4000) String description,
        Instant occurredAt,
        Boolean anonymous) {

    /** An unticked box sends nothing. */
    @Override
    public Boolean anonymous() {
        return Boolean.TRUE.equals(anonymous);
    }

    ReportEvent command() {
        var separator = where.indexOf(':');
        UUID place;
        try {
            place = UUID.fromString(where.substring(separator + 1));
        } catch (IllegalArgumentException notAnId) {
            throw new InvalidRequestException("where", "rule.placeRequired");
        }
        var kind = separator < 0 ? "" : where.substring(0, separator);
        return switch (kind) {
            case "area" -> new ReportEvent(id, type, occurredAt, null, place, description, anonymous());
            case "site" -> new ReportEvent(id, type, occurredAt, place, null, description, anonymous());
            default -> throw new InvalidRequestException("where", "rule.placeRequired");
        };
    }
}
