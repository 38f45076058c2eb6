package dev.tandem.history;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/** A record whose changes are kept in the history. */
public interface Recorded {

    /** A stable name of the kind of record, such as {@code site}. */
    String recordType();

    UUID id();

    /** Counts the record's saved changes; a client sends back the one it saw, so no change is lost unseen. */
    Long version();

    /** The fields worth showing in the history, by name; values are shown as text. */
    Map<String, Object> snapshot();

    /** Builds a snapshot from alternating names and values; values may be null. */
    static Map<String, Object> fields(Object... namesAndValues) {
        var fields = new LinkedHashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }

    /**
     * The fields of each item of a list as {@code name[n].field}, numbered from 1, so that a change to one item
     * shows as the fields of that item that changed.
     */
    static <T> Map<String, Object> numbered(String name, List<T> items, Function<T, Map<String, Object>> fieldsOf) {
        var fields = new LinkedHashMap<String, Object>();
        for (int i = 0; i < items.size(); i++) {
            var prefix = name + "[" + (i + 1) + "].";
            fieldsOf.apply(items.get(i)).forEach((field, value) -> fields.put(prefix + field, value));
        }
        return fields;
    }
}
