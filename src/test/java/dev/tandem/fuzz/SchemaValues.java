package dev.tandem.fuzz;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import tools.jackson.databind.JsonNode;

/**
 * Values for a JSON schema of the OpenAPI document: mostly what the schema allows, often what it does not (a NUL in
 * a text, a date PostgreSQL cannot store, a number out of range, a wrong type), so both the happy path and the
 * refusals are exercised.
 */
final class SchemaValues {

    /** Texts that broke or could break a server: NUL, control characters, formula starters, huge and odd ones. */
    static final List<String> NASTY_TEXTS = List.of(
            "",
            " ",
            "a\u0000b",
            "\u0000",
            "\u0001\u001f",
            "=1+1",
            "＝HYPERLINK(\"x\")",
            "'; drop table site; --",
            "<script>alert(1)</script>",
            "%s%n",
            "\uD83D\uDE00 ünïcødé тест",
            "\uD800",
            "x".repeat(5000),
            "0000-01",
            "-5000-01-01",
            "null",
            "NaN",
            "-1",
            "99999999999999999999");

    static final List<String> NASTY_DATES = List.of(
            "-999999999-01-01",
            "+999999999-12-31",
            "-5000-06-01",
            "0000-01-01",
            "9999-12-31",
            "2026-02-30",
            "2026-13-01",
            "yesterday");

    static final List<String> NASTY_TIMES = List.of(
            "-5000-01-01T00:00:00Z",
            "+999999999-12-31T23:59:59Z",
            "-999999999-01-01T00:00:00Z",
            "0000-01-01T00:00:00Z",
            "2026-01-01T25:00:00Z",
            "2026-01-01");

    private final OpenApiDocument document;
    private final List<UUID> knownIds;

    SchemaValues(OpenApiDocument document, List<UUID> knownIds) {
        this.document = document;
        this.knownIds = knownIds;
    }

    /** A value for the schema as JSON would carry it: a map, list, text, number, boolean or null. */
    Arbitrary<Object> of(JsonNode schema, int depth) {
        var resolved = document.resolve(schema);
        return Arbitraries.frequencyOf(Tuple.of(8, valid(resolved, depth)), Tuple.of(2, invalid(resolved)));
    }

    /** A value for a query or path parameter, as the text that goes into the address. */
    Arbitrary<String> text(JsonNode schema) {
        return of(schema, 3).map(value -> value == null ? "" : String.valueOf(value));
    }

    private Arbitrary<Object> valid(JsonNode schema, int depth) {
        var allOf = schema.path("allOf");
        if (allOf.isArray() && !allOf.isEmpty()) {
            return valid(document.resolve(allOf.get(0)), depth);
        }
        var oneOf = schema.has("oneOf") ? schema.path("oneOf") : schema.path("anyOf");
        if (oneOf.isArray() && !oneOf.isEmpty()) {
            var options = new ArrayList<Arbitrary<Object>>();
            oneOf.forEach(option -> options.add(valid(document.resolve(option), depth)));
            return Arbitraries.oneOf(options);
        }
        if (schema.has("enum")) {
            var values = new ArrayList<Object>();
            schema.path("enum").forEach(value -> values.add(value.asString()));
            return Arbitraries.of(values);
        }
        return switch (type(schema)) {
            case "integer" -> integers(schema);
            case "number" -> Arbitraries.doubles().between(-1e6, 1e6).ofScale(3).map(value -> (Object) value);
            case "boolean" -> Arbitraries.of(true, false).map(value -> (Object) value);
            case "array" ->
                depth <= 0
                        ? Arbitraries.just(List.of())
                        : valid(document.resolve(schema.path("items")), depth - 1)
                                .list()
                                .ofMaxSize(3)
                                .map(list -> (Object) list);
            case "object" -> depth <= 0 ? Arbitraries.just(Map.of()) : object(schema, depth - 1);
            default -> strings(schema);
        };
    }

    private Arbitrary<Object> integers(JsonNode schema) {
        long min = schema.has("minimum") ? schema.path("minimum").asLong() : -5;
        long max = schema.has("maximum") ? schema.path("maximum").asLong() : 500;
        return Arbitraries.longs().between(min, Math.max(min, max)).map(value -> (Object) value);
    }

    private Arbitrary<Object> strings(JsonNode schema) {
        var format = schema.path("format").asString("");
        return switch (format) {
            case "uuid" ->
                knownIds.isEmpty()
                        ? uuids()
                        : Arbitraries.oneOf(Arbitraries.of(knownIds).map(id -> (Object) id.toString()), uuids());
            case "date" ->
                Arbitraries.integers().between(-800, 30).map(days -> (Object)
                        java.time.LocalDate.of(2026, 11, 1).plusDays(days).toString());
            case "date-time" ->
                Arbitraries.integers()
                        .between(-800, 30)
                        .map(days -> (Object) java.time.Instant.parse("2026-11-01T08:00:00Z")
                                .plusSeconds(days * 86_400L)
                                .toString());
            default ->
                Arbitraries.strings()
                        .withCharRange('a', 'z')
                        .withChars(' ', '-', 'Ж', 'я', '.')
                        .ofMinLength(1)
                        .ofMaxLength(
                                schema.has("maxLength")
                                        ? Math.min(40, schema.path("maxLength").asInt())
                                        : 40)
                        .map(text -> (Object) text);
        };
    }

    private static Arbitrary<Object> uuids() {
        return Arbitraries.create(() -> (Object) UUID.randomUUID().toString());
    }

    /** The properties of an object schema, each schema resolved. */
    List<Map.Entry<String, JsonNode>> properties(JsonNode schema) {
        var properties = new ArrayList<Map.Entry<String, JsonNode>>();
        for (var property : document.resolve(schema).path("properties").properties()) {
            properties.add(Map.entry(property.getKey(), document.resolve(property.getValue())));
        }
        return properties;
    }

    private Arbitrary<Object> object(JsonNode schema, int depth) {
        var properties = properties(schema);
        var required = new ArrayList<String>();
        schema.path("required").forEach(name -> required.add(name.asString()));
        Arbitrary<Map<String, Object>> result = Arbitraries.just(new LinkedHashMap<>());
        for (var property : properties) {
            var name = property.getKey();
            var value = of(property.getValue(), depth);
            var keep = required.contains(name)
                    ? Arbitraries.of(true, true, true, true, false)
                    : Arbitraries.of(true, false);
            result = Combinators.combine(result, keep, value).as((map, present, v) -> {
                var copy = new LinkedHashMap<>(map);
                if (present) {
                    copy.put(name, v);
                }
                return copy;
            });
        }
        return result.map(map -> (Object) map);
    }

    private Arbitrary<Object> invalid(JsonNode schema) {
        var format = schema.path("format").asString("");
        var nasty = new ArrayList<Object>(NASTY_TEXTS);
        if (format.equals("date")) {
            nasty.addAll(NASTY_DATES);
        } else if (format.equals("date-time")) {
            nasty.addAll(NASTY_TIMES);
        }
        nasty.add(new BigInteger("123456789012345678901234567890"));
        nasty.add(Long.MIN_VALUE);
        nasty.add(Integer.MAX_VALUE);
        nasty.add(-1e308);
        nasty.add(true);
        nasty.add(List.of("x"));
        nasty.add(Map.of("x", 1));
        return Arbitraries.of(nasty).injectNull(0.1);
    }

    private static String type(JsonNode schema) {
        var type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode option : type) {
                if (!option.asString().equals("null")) {
                    return option.asString();
                }
            }
        }
        if (type.isMissingNode() && schema.has("properties")) {
            return "object";
        }
        return type.asString("string");
    }
}
