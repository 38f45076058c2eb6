package dev.tandem.history;

import java.time.Instant;
import java.util.Map;

/** One change to a record: what happened, when, by whom, and each changed field from and to. */
public record HistoryEntry(Kind kind, Instant at, String by, Map<String, Change> changes) {

    public enum Kind {
        CREATED,
        UPDATED,
        VOIDED
    }

    public record Change(String from, String to) {}
}
