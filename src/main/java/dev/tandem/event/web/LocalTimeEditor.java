package dev.tandem.event.web;

import dev.tandem.shared.web.StorableValues;
import java.beans.PropertyEditorSupport;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** An instant as a {@code datetime-local} input shows it: the wall-clock time in a zone, to the minute. */
class LocalTimeEditor extends PropertyEditorSupport {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final ZoneId zone;

    LocalTimeEditor(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public String getAsText() {
        var value = (Instant) getValue();
        return value == null ? "" : INPUT.format(value.atZone(zone).truncatedTo(ChronoUnit.MINUTES));
    }

    @Override
    public void setAsText(String text) {
        if (text == null || text.isBlank()) {
            setValue(null);
            return;
        }
        Instant value;
        try {
            value = LocalDateTime.parse(text.trim()).atZone(zone).toInstant();
        } catch (DateTimeParseException notLocal) {
            value = Instant.parse(text.trim());
        }
        if (!StorableValues.storable(value)) {
            throw new IllegalArgumentException("out of the years 1 to 9999: " + text);
        }
        setValue(value);
    }
}
