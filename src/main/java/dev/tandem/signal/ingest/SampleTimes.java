package dev.tandem.signal.ingest;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;

/**
 * Sample times as sources write them: epoch milliseconds, an ISO-8601 instant or offset time, or a local
 * date-time ({@code 2026-03-09 10:14:33} or with a {@code T}), read in the plant's time zone.
 */
final class SampleTimes {

    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .optionalEnd()
            .optionalStart()
            .appendLiteral(' ')
            .optionalEnd()
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .toFormatter();

    private SampleTimes() {}

    static OptionalLong parse(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return OptionalLong.empty();
        }
        var trimmed = text.trim();
        try {
            if (trimmed.matches("-?\\d{1,15}")) {
                return OptionalLong.of(Long.parseLong(trimmed));
            }
            if (trimmed.endsWith("Z") || trimmed.endsWith("z")) {
                return OptionalLong.of(Instant.parse(trimmed.toUpperCase()).toEpochMilli());
            }
            if (trimmed.matches(".*[+-]\\d\\d:?\\d\\d$") && trimmed.contains("T")) {
                return OptionalLong.of(OffsetDateTime.parse(trimmed).toInstant().toEpochMilli());
            }
            return OptionalLong.of(
                    LocalDateTime.parse(trimmed, LOCAL).atZone(zone).toInstant().toEpochMilli());
        } catch (DateTimeParseException | NumberFormatException unreadable) {
            return OptionalLong.empty();
        }
    }

    static OptionalLong parse(JsonNode node, ZoneId zone) {
        if (node == null || node.isNull()) {
            return OptionalLong.empty();
        }
        if (node.isIntegralNumber()) {
            return OptionalLong.of(node.longValue());
        }
        return node.isString() ? parse(node.stringValue(), zone) : OptionalLong.empty();
    }

    /** A JSON value as a sample value: numbers as they are, text to be read, anything else as not numeric. */
    static Object value(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        return node.isString() ? node.stringValue() : node.toString();
    }
}
