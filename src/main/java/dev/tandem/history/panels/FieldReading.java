package dev.tandem.history.panels;

import dev.tandem.history.RecordNames.RecordName;
import dev.tandem.history.panels.FieldValues.Choice;
import dev.tandem.history.panels.FieldValues.Language;
import dev.tandem.history.panels.FieldValues.Number;
import dev.tandem.history.panels.FieldValues.Reference;
import dev.tandem.history.panels.FieldValues.Time;
import dev.tandem.history.panels.FieldValues.YesNo;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/** Reads the text history kept of one value as a reader reads it, in their language. */
record FieldReading(MessageSource messages, Locale locale, ZoneId zone, Map<UUID, RecordName> names) {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The value, or null for no value. */
    String read(FieldValues values, String text) {
        if (text == null) {
            return null;
        }
        if (values instanceof YesNo) {
            return message(Boolean.parseBoolean(text) ? "history.yes" : "history.no");
        }
        if (values instanceof Time) {
            return time(text);
        }
        if (values instanceof Number) {
            return number(text);
        }
        if (values instanceof Language) {
            return Locale.forLanguageTag(text).getDisplayLanguage(locale);
        }
        if (values instanceof Choice choice) {
            if (!choice.many()) {
                return choice(choice, text);
            }
            return items(text).isEmpty() && choice.whenEmpty() != null
                    ? message(choice.whenEmpty())
                    : each(text, code -> choice(choice, code));
        }
        if (values instanceof Reference reference) {
            return reference.many() ? each(text, this::reference) : reference(text);
        }
        return text;
    }

    /** The ids a reference's text holds: one, or a list written as {@code [a, b]}. */
    static List<UUID> ids(String text) {
        if (text == null) {
            return List.of();
        }
        return items(text).stream()
                .map(FieldReading::uuid)
                .filter(id -> id != null)
                .toList();
    }

    private String choice(Choice choice, String code) {
        return messages.getMessage(choice.prefix() + code, null, code, locale);
    }

    private String reference(String text) {
        var id = uuid(text);
        var name = id == null ? null : names.get(id);
        if (name == null) {
            return message("history.deletedRecord");
        }
        return name.voided()
                ? messages.getMessage("history.voidedRecord", new Object[] {name.name()}, locale)
                : name.name();
    }

    private String time(String text) {
        try {
            return MINUTES.format(Instant.parse(text).atZone(zone));
        } catch (DateTimeParseException notATime) {
            return text;
        }
    }

    private String number(String text) {
        try {
            var format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(2);
            return format.format(new BigDecimal(text));
        } catch (NumberFormatException notANumber) {
            return text;
        }
    }

    private String each(String text, Function<String, String> read) {
        return items(text).stream().map(read).collect(Collectors.joining(", "));
    }

    /** A collection's text as Java writes it, {@code [a, b]}, item by item; any other text is one item. */
    private static List<String> items(String text) {
        var trimmed = text.strip();
        if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
            var inner = trimmed.substring(1, trimmed.length() - 1).strip();
            return inner.isEmpty()
                    ? List.of()
                    : Arrays.stream(inner.split(",")).map(String::strip).toList();
        }
        return List.of(trimmed);
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    private String message(String key) {
        return messages.getMessage(key, null, locale);
    }
}
