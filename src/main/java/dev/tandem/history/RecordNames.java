package dev.tandem.history;

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
                return jdbc
                        .sql(sql)
                        .param("ids", Set.copyOf(ids))
                        .query((rs, row) -> Map.entry(
                                rs.getObject("id", UUID.class),
                                new RecordName(rs.getString("name"), rs.getBoolean("voided"))))
                        .list()
                        .stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
            }
        };
    }

    /** What a reader calls a record, and whether it is voided. */
    record RecordName(String name, boolean voided) {}
}
