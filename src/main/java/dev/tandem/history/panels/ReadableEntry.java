package dev.tandem.history.panels;

import dev.tandem.history.HistoryEntry.Kind;
import java.util.List;

/** A history entry as a reader reads it: time in the record's zone, fields by their labels, values by their names. */
public record ReadableEntry(Kind kind, String at, String by, List<Change> changes) {

    public record Change(String field, String from, String to) {}
}
