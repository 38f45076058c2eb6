package dev.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Rows become records one way, through {@code RecordRows}: Spring's mapper behind {@code JdbcClient.query(Class)}
 * asks the driver for each component's camelCase name on every row and catches the exception each miss throws. A
 * class handed to {@code query} must therefore be one value, read from a single column.
 */
class RowMappingTests {

    private static final Path SOURCES = Path.of("src/main/java");

    /** What {@code query(X.class)} may name: types read whole from one column. */
    private static final Set<String> SINGLE_VALUES = Set.of(
            "String",
            "UUID",
            "Boolean",
            "Integer",
            "Long",
            "BigDecimal",
            "Double",
            "Instant",
            "OffsetDateTime",
            "LocalDate",
            // an enum, read from its name
            "OrganisationStatus");

    /** {@code .query(X.class)}, the class's name possibly qualified and the call possibly broken over lines. */
    private static final Pattern QUERY_OF_CLASS = Pattern.compile("\\.query\\(\\s*([A-Z][\\w.]*)\\.class\\s*\\)");

    /** Spring's other mappers by property name, which look columns up the same way. */
    private static final Pattern PROPERTY_MAPPER =
            Pattern.compile("\\b(DataClassRowMapper|SimplePropertyRowMapper|BeanPropertyRowMapper)\\b");

    @Test
    void everyClassMappedFromSeveralColumnsIsMappedByRecordRows() {
        var singleValues = new ArrayList<String>();
        var violations = new ArrayList<String>();
        for (var source : javaSources()) {
            var java = read(source);
            var call = QUERY_OF_CLASS.matcher(java);
            while (call.find()) {
                var qualified = call.group(1);
                var name = qualified.substring(qualified.lastIndexOf('.') + 1);
                if (SINGLE_VALUES.contains(name)) {
                    singleValues.add(name);
                } else {
                    violations.add(
                            "%s:%d query(%s.class): map it with RecordRows.of(%s.class), or name it here if it is one value"
                                    .formatted(
                                            SOURCES.relativize(source),
                                            line(java, call.start()),
                                            qualified,
                                            qualified));
                }
            }
            var mapper = PROPERTY_MAPPER.matcher(java);
            while (mapper.find()) {
                violations.add("%s:%d %s: map with RecordRows"
                        .formatted(SOURCES.relativize(source), line(java, mapper.start()), mapper.group(1)));
            }
        }

        assertThat(singleValues).as("the single-value queries the scan finds").contains("UUID", "Long", "String");
        assertThat(violations).isEmpty();
    }

    private static int line(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }

    private static List<Path> javaSources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(path -> path.toString().endsWith(".java"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
