package dev.tandem.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import tools.jackson.databind.json.JsonMapper;

/** Requests for one operation: its parameters and body from their schemas, valid and not, plus odd extras. */
final class FuzzRequests {

    /** Query pairs no endpoint declares but any client may send: empty and control-character names, odd paging. */
    private static final List<Map.Entry<String, String>> ODD_PAIRS = List.of(
            Map.entry("", "x"),
            Map.entry("\u0001", "x"),
            Map.entry("\u0000", ""),
            Map.entry("lang", "\u0000"),
            Map.entry("lang", "ru"),
            Map.entry("sort", "nonsense,desc"),
            Map.entry("sort", ","),
            Map.entry("page", "-1"),
            Map.entry("page", "99999999999"),
            Map.entry("size", "0"),
            Map.entry("size", "100000"),
            Map.entry("q", "a\u0000b"));

    private static final List<String> ODD_JSON = List.of("", "{", "null", "[]", "\"x\"", "{\"a\":", "1e999999");

    private final SchemaValues values;
    private final JsonMapper json = JsonMapper.builder().build();

    FuzzRequests(SchemaValues values) {
        this.values = values;
    }

    Arbitrary<FuzzRequest> of(ApiOperation operation, String user) {
        Arbitrary<String> path = Arbitraries.just(operation.path());
        Arbitrary<List<Map.Entry<String, String>>> query = Arbitraries.just(List.of());
        for (var parameter : operation.parameters()) {
            var value = values.text(parameter.schema());
            switch (parameter.in()) {
                case "path" ->
                    path = Combinators.combine(path, value)
                            .as((p, v) -> p.replace("{" + parameter.name() + "}", FuzzRequest.encode(v)));
                case "query" ->
                    query = Combinators.combine(
                                    query, value, Arbitraries.integers().between(0, 9))
                            .as((pairs, v, dice) -> dice < (parameter.required() ? 9 : 5)
                                    ? with(pairs, Map.entry(parameter.name(), v))
                                    : pairs);
                default -> {}
            }
        }
        var odd = Arbitraries.of(ODD_PAIRS).list().ofMaxSize(2);
        var allQuery = Combinators.combine(query, odd, Arbitraries.integers().between(0, 4))
                .as((pairs, extra, dice) -> dice == 0 ? join(pairs, extra) : pairs);
        var ifMatch = Arbitraries.of("\"0\"", "\"1\"", "x", "\"-1\"", "\"99999999999999999999\"")
                .injectNull(0.6);
        return Combinators.combine(path, allQuery, ifMatch, body(operation))
                .as((p, q, match, body) ->
                        new FuzzRequest(user, operation.method(), p, q, match, body.contentType(), body.bytes()));
    }

    private record Payload(String contentType, byte[] bytes) {}

    private Arbitrary<Payload> body(ApiOperation operation) {
        var body = operation.body();
        if (body == null) {
            return Arbitraries.just(new Payload(null, new byte[0]));
        }
        if (body.mediaType().startsWith("multipart/")) {
            return multipart(body);
        }
        if (body.mediaType().contains("json")) {
            var generated = values.of(body.schema(), 4).map(value -> json.writeValueAsString(value));
            var odd = Arbitraries.of(ODD_JSON);
            return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, generated), net.jqwik.api.Tuple.of(1, odd))
                    .map(text -> new Payload("application/json", text.getBytes(StandardCharsets.UTF_8)));
        }
        return Arbitraries.of(SchemaValues.NASTY_TEXTS)
                .map(text -> new Payload(body.mediaType(), text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A multipart form from the schema's properties (files with odd names and bytes), or no multipart at all. */
    private Arbitrary<Payload> multipart(ApiOperation.Body body) {
        var parts = new ArrayList<Arbitrary<String>>();
        for (var property : values.properties(body.schema())) {
            var name = property.getKey();
            if ("binary".equals(property.getValue().path("format").asString(""))
                    || "binary"
                            .equals(property.getValue()
                                    .path("items")
                                    .path("format")
                                    .asString(""))) {
                parts.add(Combinators.combine(
                                Arbitraries.of("photo.jpg", "a\u0000b.png", "", "../../x.csv", "люди.xlsx"),
                                Arbitraries.of(SchemaValues.NASTY_TEXTS))
                        .as((file, content) -> part(name, file, content)));
            } else {
                parts.add(values.text(property.getValue()).map(value -> part(name, null, value)));
            }
        }
        Arbitrary<String> form = Arbitraries.just("");
        for (var part : parts) {
            form = Combinators.combine(form, part, Arbitraries.of(true, true, false))
                    .as((text, next, present) -> present ? text + next : text);
        }
        var multipart = form.map(text -> new Payload(
                "multipart/form-data; boundary=FUZZ", (text + "--FUZZ--\r\n").getBytes(StandardCharsets.UTF_8)));
        var notMultipart = Arbitraries.of(
                new Payload("application/x-www-form-urlencoded", "photo=x".getBytes(StandardCharsets.UTF_8)),
                new Payload("application/json", "{}".getBytes(StandardCharsets.UTF_8)),
                new Payload("multipart/form-data", new byte[0]),
                new Payload("multipart/form-data; boundary=FUZZ", "--FUZZ\r\n".getBytes(StandardCharsets.UTF_8)));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(8, multipart), net.jqwik.api.Tuple.of(2, notMultipart));
    }

    private static String part(String name, String file, String content) {
        var out = new ByteArrayOutputStream();
        var header = "--FUZZ\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (file == null ? "" : "; filename=\"" + file + "\"") + "\r\n"
                + (file == null ? "" : "Content-Type: application/octet-stream\r\n") + "\r\n";
        out.writeBytes(header.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content.getBytes(StandardCharsets.UTF_8));
        out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static <T> List<T> with(List<T> list, T element) {
        var copy = new ArrayList<>(list);
        copy.add(element);
        return copy;
    }

    private static <T> List<T> join(List<T> list, List<T> more) {
        var copy = new ArrayList<>(list);
        copy.addAll(more);
        return copy;
    }
}
