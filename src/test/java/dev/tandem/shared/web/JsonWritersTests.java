package dev.tandem.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonView;
import dev.tandem.shared.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.mock.http.MockHttpOutputMessage;
import tools.jackson.databind.json.JsonMapper;

/** Answers are written as the framework's own converter writes them, the first time and every time after. */
class JsonWritersTests {

    interface Summary {}

    record Row(
            @JsonView(Summary.class) UUID id, String name, LocalDate reviewDate, Integer likelihood, boolean fatal) {}

    /** A row of another kind, in a list or as a value declared loosely: written as what it is. */
    record WiderRow(UUID id, String name, LocalDate reviewDate, Integer likelihood, boolean fatal, String extra) {}

    private final JsonMapper mapper = JsonMapper.builder().build();
    private final JacksonJsonHttpMessageConverter framework = new JacksonJsonHttpMessageConverter(mapper);
    private final JsonWriters writers = new JsonWriters(mapper);

    private final Row row = new Row(UUID.randomUUID(), "Работа на высоте \"A\"", LocalDate.of(2026, 12, 6), null, true);
    private final Row other = new Row(UUID.randomUUID(), "Confined space", null, 4, false);

    @Test
    void everyKindOfAnswerIsWrittenAsTheFrameworkWritesIt() throws Exception {
        var answers = Map.<Object, ResolvableType>of(
                new Page<>(List.of(row, other), 2, 20, 42),
                ResolvableType.forClassWithGenerics(Page.class, Row.class),
                List.of(row, other),
                ResolvableType.forClassWithGenerics(List.class, Row.class),
                Optional.of(row),
                ResolvableType.forClassWithGenerics(Optional.class, Row.class),
                Map.of("a", row),
                ResolvableType.forClassWithGenerics(Map.class, String.class, Row.class),
                other,
                ResolvableType.forClass(Object.class),
                "plain text",
                ResolvableType.forClass(String.class));
        for (int time = 0; time < 2; time++) {
            for (var answer : answers.entrySet()) {
                assertThat(written(writers, answer.getKey(), answer.getValue(), null))
                        .isEqualTo(written(framework, answer.getKey(), answer.getValue(), null));
            }
        }
        assertThat(written(writers, List.of(row), ResolvableType.forClassWithGenerics(List.class, Row.class), null))
                .startsWith("[{\"id\":\"" + row.id() + "\",\"name\":\"Работа на высоте \\\"A\\\"\"")
                .contains("\"reviewDate\":\"2026-12-06\"", "\"likelihood\":null", "\"fatal\":true");
    }

    @Test
    void whatIsDeclaredLooselyIsWrittenAsWhatItIs() throws Exception {
        var wider = new WiderRow(UUID.randomUUID(), "Hot work", null, 2, false, "more");
        var declaredRows = ResolvableType.forClassWithGenerics(List.class, Object.class);
        var declaredRow = ResolvableType.forClass(Record.class);
        for (int time = 0; time < 2; time++) {
            assertThat(written(writers, List.of(row, wider), declaredRows, null))
                    .isEqualTo(written(framework, List.of(row, wider), declaredRows, null))
                    .contains("\"extra\":\"more\"");
            assertThat(written(writers, wider, declaredRow, null))
                    .isEqualTo(written(framework, wider, declaredRow, null))
                    .contains("\"extra\":\"more\"");
        }
    }

    @Test
    void aJsonViewIsLeftToTheFramework() throws Exception {
        var hints = Map.<String, Object>of(JsonView.class.getName(), Summary.class);
        var type = ResolvableType.forClass(Row.class);
        assertThat(written(writers, row, type, hints))
                .isEqualTo(written(framework, row, type, hints))
                .isEqualTo("{\"id\":\"" + row.id() + "\"}");
        assertThat(written(writers, row, type, null)).contains("\"name\"");
    }

    private static String written(
            JacksonJsonHttpMessageConverter converter, Object value, ResolvableType type, Map<String, Object> hints)
            throws Exception {
        var output = new MockHttpOutputMessage();
        converter.write(value, type, MediaType.APPLICATION_JSON, output, hints);
        return output.getBodyAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
