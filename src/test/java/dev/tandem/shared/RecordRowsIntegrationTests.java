package dev.tandem.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.TandemIntegrationTest;
import java.lang.reflect.Proxy;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rows as records, their columns found once a result set: what every list's rows are read with. */
@TandemIntegrationTest
class RecordRowsIntegrationTests {

    private static final String ROWS =
            """
            select * from (values
              (cast('7b0c3f9e-4a3e-4f59-9d39-2a3c1b0e5d11' as uuid), 'Slag pot tips', 'HIGH', 3, cast(null as integer),
               true, date '2026-12-31', timestamptz '2026-12-06 10:00:00.123456+00', 56000::bigint),
              (cast('0d7d8f0e-91a4-4c4b-8a47-7d0f8c2d6e22' as uuid), null, null, null, 4, false, null, null, 0::bigint))
            as t(id, hazard_text, band, likelihood, residual_severity, fatal, review_date, created_at, count)""";

    enum Level {
        HIGH
    }

    /** Components named as the columns, and as their snake_case forms. */
    record Row(
            UUID id,
            String hazardText,
            Level band,
            Integer likelihood,
            Integer residualSeverity,
            boolean fatal,
            LocalDate reviewDate,
            Instant createdAt,
            long count) {}

    record Missing(UUID id, String owner) {}

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate template;

    @Test
    void readsEachComponentFromItsColumnOrItsSnakeCaseColumnAsSpringsOwnMapperDoes() {
        var read = jdbc.sql(ROWS).query(RecordRows.of(Row.class)).list();

        assertThat(read).isEqualTo(jdbc.sql(ROWS).query(Row.class).list());
        assertThat(read)
                .containsExactly(
                        new Row(
                                UUID.fromString("7b0c3f9e-4a3e-4f59-9d39-2a3c1b0e5d11"),
                                "Slag pot tips",
                                Level.HIGH,
                                3,
                                null,
                                true,
                                LocalDate.of(2026, 12, 31),
                                Instant.parse("2026-12-06T10:00:00.123456Z"),
                                56000),
                        new Row(
                                UUID.fromString("0d7d8f0e-91a4-4c4b-8a47-7d0f8c2d6e22"),
                                null,
                                null,
                                null,
                                4,
                                false,
                                null,
                                null,
                                0));
    }

    @Test
    void findsTheColumnsOnceAResultSetAndAgainInTheNextOne() {
        var mapper = RecordRows.of(Row.class);
        var lookups = new ConcurrentHashMap<String, AtomicInteger>();

        ResultSetExtractor<List<Row>> mapped = rows -> mapAll(counting(rows, lookups), mapper);
        var first = template.query(ROWS, mapped);
        var reordered = template.query(
                "select count, created_at, review_date, fatal, residual_severity, likelihood, band, hazard_text, id"
                        + " from (" + ROWS + ") r",
                mapped);

        assertThat(reordered).isEqualTo(first).hasSize(2);
        assertThat(lookups).containsOnlyKeys("getMetaData");
        assertThat(lookups.get("getMetaData")).hasValue(2);
    }

    @Test
    void asksTheDriverForNoValueInAFormItRefusesToGive() {
        var calls = new ConcurrentHashMap<String, AtomicInteger>();

        var read = template.query(
                ROWS, (ResultSetExtractor<List<Row>>) rows -> mapAll(counting(rows, calls), RecordRows.of(Row.class)));

        assertThat(read).hasSize(2);
        assertThat(calls.keySet()).noneMatch(call -> call.startsWith("refused"));
    }

    @Test
    void aComponentWithoutItsColumnIsNamed() {
        assertThatThrownBy(() -> jdbc.sql("select cast(null as uuid) as id")
                        .query(RecordRows.of(Missing.class))
                        .list())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("Missing.owner");
    }

    @Test
    void aClassWithoutColumnsInItsConstructorIsRefused() {
        assertThatThrownBy(() -> RecordRows.of(StringBuilder.class)).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Row> mapAll(ResultSet rows, RecordRows<Row> mapper) throws java.sql.SQLException {
        var mapped = new ArrayList<Row>();
        while (rows.next()) {
            mapped.add(mapper.mapRow(rows, mapped.size()));
        }
        return mapped;
    }

    /**
     * The result set, counting the calls that look its columns up (its metadata, or a column by name) and those the
     * driver refuses with an exception.
     */
    private static ResultSet counting(ResultSet rows, Map<String, AtomicInteger> lookups) {
        return (ResultSet) Proxy.newProxyInstance(
                ResultSet.class.getClassLoader(), new Class<?>[] {ResultSet.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("getMetaData")
                            || method.getName().equals("findColumn")) {
                        lookups.computeIfAbsent(method.getName(), name -> new AtomicInteger())
                                .incrementAndGet();
                    }
                    try {
                        return method.invoke(rows, arguments);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        lookups.computeIfAbsent(
                                        "refused " + method.getName() + Arrays.toString(arguments),
                                        call -> new AtomicInteger())
                                .incrementAndGet();
                        throw e.getCause();
                    }
                });
    }
}
