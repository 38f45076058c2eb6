package dev.tandem.equipment.dispatch;

import dev.tandem.equipment.DowntimeReason;
import dev.tandem.equipment.EquipmentState;
import dev.tandem.equipment.RecordStateChange;
import dev.tandem.equipment.dispatch.DispatchDirectory.Entry;
import dev.tandem.equipment.dispatch.DispatchDirectory.Snapshot;
import dev.tandem.shared.RowError;
import dev.tandem.shared.web.StorableValues;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Reads the rows of an uploaded dispatch file into state changes, collecting every wrong cell of every row rather
 * than stopping at the first, so that one correction round fixes the whole file. Local times are the site's.
 */
final class DispatchFileReading {

    private static final List<DateTimeFormatter> LOCAL_TIMES =
            List.of(local("uuuu-MM-dd['T'][' ']HH:mm"), local("dd.MM.uuuu[' ']HH:mm"));

    private final Snapshot directory;
    private final List<Integer> rows = new ArrayList<>();
    private final List<RowError> errors = new ArrayList<>();

    DispatchFileReading(Snapshot directory) {
        this.directory = directory;
    }

    /** The changes of the rows without errors; {@link #rows()} says which row each came from. */
    List<RecordStateChange> read(List<DispatchLine> lines) {
        var commands = new ArrayList<RecordStateChange>();
        for (var line : lines) {
            int before = errors.size();
            var equipment = equipment(line);
            var at = time(line, equipment == null ? ZoneOffset.UTC : equipment.zone());
            var state = state(line);
            var reason = reason(line);
            if (errors.size() == before) {
                commands.add(new RecordStateChange(null, equipment.id(), at, state, reason, line.note()));
                rows.add(line.row());
            }
        }
        return commands;
    }

    List<Integer> rows() {
        return List.copyOf(rows);
    }

    List<RowError> errors() {
        return List.copyOf(errors);
    }

    private Entry equipment(DispatchLine line) {
        if (blank(line.equipment())) {
            return reject(line, "equipment", "equipment.import.required");
        }
        var text = line.equipment().trim();
        var id = uuid(text);
        if (id != null) {
            return directory.equipment().stream()
                    .filter(entry -> entry.id().equals(id))
                    .findFirst()
                    .orElseGet(() -> reject(line, "equipment", "equipment.import.unknownEquipment", text));
        }
        var site = blank(line.site()) ? null : line.site().trim();
        if (site != null
                && directory.equipment().stream()
                        .noneMatch(entry -> entry.siteCode().equalsIgnoreCase(site))) {
            return reject(line, "site", "equipment.import.unknownSite", site);
        }
        var matches = directory.equipment().stream()
                .filter(entry -> entry.code().equalsIgnoreCase(text))
                .filter(entry -> site == null || entry.siteCode().equalsIgnoreCase(site))
                .toList();
        if (matches.size() > 1) {
            return reject(line, "site", "equipment.import.ambiguousEquipment", text);
        }
        return matches.isEmpty()
                ? reject(line, "equipment", "equipment.import.unknownEquipment", text)
                : matches.get(0);
    }

    private Instant time(DispatchLine line, ZoneId zone) {
        if (blank(line.at())) {
            return reject(line, "at", "equipment.import.required");
        }
        var text = line.at().trim();
        var at = parsedTime(text, zone);
        if (at == null) {
            return reject(line, "at", "equipment.import.time", text);
        }
        return StorableValues.storable(at) ? at : reject(line, "at", "rule.dateRange");
    }

    private static Instant parsedTime(String text, ZoneId zone) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            // a local time, as people and spreadsheets write it
        }
        for (var format : LOCAL_TIMES) {
            try {
                return LocalDateTime.parse(text, format).atZone(zone).toInstant();
            } catch (DateTimeParseException notThisOne) {
                // the next format
            }
        }
        return null;
    }

    private EquipmentState state(DispatchLine line) {
        if (blank(line.state())) {
            return reject(line, "state", "equipment.import.required");
        }
        var state = directory.state(line.state());
        return state != null
                ? state
                : reject(line, "state", "equipment.import.state", line.state().trim());
    }

    private DowntimeReason reason(DispatchLine line) {
        if (blank(line.reason())) {
            return null;
        }
        var reason = directory.reason(line.reason());
        return reason != null
                ? reason
                : reject(
                        line, "reason", "equipment.import.reason", line.reason().trim());
    }

    private <T> T reject(DispatchLine line, String column, String code, Object... arguments) {
        errors.add(RowError.of(line.row(), column, code, arguments));
        return null;
    }

    private static UUID uuid(String text) {
        if (text.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A local date and time with optional seconds and fractions. */
    private static DateTimeFormatter local(String dateAndMinutes) {
        return new DateTimeFormatterBuilder()
                .appendPattern(dateAndMinutes)
                .optionalStart()
                .appendLiteral(':')
                .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
                .optionalStart()
                .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
                .optionalEnd()
                .optionalEnd()
                .toFormatter(Locale.ROOT)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
