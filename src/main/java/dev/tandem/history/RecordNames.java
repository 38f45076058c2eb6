package dev.tandem.history;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Names of one kind of record, given by the module that owns it, so that a history panel shows the records a change
 * refers to by name. A panel asks once per kind for all the ids it shows.
 */
public interface RecordNames {

    /** The kind of record named, as its {@link Recorded#recordType()} says. */
    String recordType();

    /** The names of the records still stored among the ids, voided ones included; ids not stored are left out. */
    Map<UUID, RecordName> named(Collection<UUID> ids, Locale locale);

    /**
     * Names read by one query of the owning module's own table: {@code sql} selects {@code id}, {@code name} and
     * {@code voided} of the rows whose id is in {@code :ids}.
     */
    static RecordNames selecting(JdbcClient jdbc, String recordType, String sql) {
        return new RecordNames() {
            @Override
            public String recordType() {
                return recordType;
            }

            @Override
            public Map<UUID, RecordName> named(Collection<UUID> ids, Locale locale) {
                return read(jdbc, sql, ids, row -> row.getString("name"));
            }
        };
    }

    /**
     * Names kept in two languages, read by one query of the owning module's own table in the reader's language:
     * {@code sql} is as for {@link #selecting} with {@code %s} where the language's code goes ({@code name_%s}), and
     * a Russian reader reads {@code ru}, any other {@code en}.
     */
    static RecordNames selectingInReadersLanguage(JdbcClient jdbc, String recordType, String sql) {
        var english = selecting(jdbc, recordType, sql.formatted("en"));
        var russian = selecting(jdbc, recordType, sql.formatted("ru"));
        return new RecordNames() {
            @Override
            public String recordType() {
                return recordType;
            }

            @Override
            public Map<UUID, RecordName> named(Collection<UUID> ids, Locale locale) {
                return ("ru".equals(locale.getLanguage()) ? russian : english).named(ids, locale);
            }
        };
    }

    /**
     * The records one query names, by id: {@code sql} selects {@code id} and {@code voided} of the rows whose id is in
     * {@code :ids}, and whatever {@code name} makes a row's name of.
     */
    static Map<UUID, RecordName> read(JdbcClient jdbc, String sql, Collection<UUID> ids, RowName name) {
        return jdbc
                .sql(sql)
                .param("ids", Set.copyOf(ids))
                .query((row, n) -> Map.entry(
                        row.getObject("id", UUID.class), new RecordName(name.of(row), row.getBoolean("voided"))))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** What a reader calls the record of a query's row. */
    @FunctionalInterface
    interface RowName {
        String of(ResultSet row) throws SQLException;
    }

    /** What a reader calls a record, and whether it is voided. */
    record RecordName(String name, boolean voided) {}
}
