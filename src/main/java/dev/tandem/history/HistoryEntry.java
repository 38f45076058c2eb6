package dev.tandem.history;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One change to a record: what happened, when, by whom, and each changed field from and to. The kind of record and
 * the author's account id are for the pages that read it, not for API clients.
 */
public record HistoryEntry(
        @JsonIgnore String recordType,
        Kind kind,
        Instant at,
        @JsonIgnore UUID byUser,
        String by,
        Map<String, Change> changes) {

    public enum Kind {
        CREATED,
        UPDATED,
        VOIDED
    }

    public record Change(String from, String to) {}

    /** Whether the given account made this change. */
    public boolean madeBy(UUID user) {
        return user != null && user.equals(byUser);
    }

    /** The entry as a reader who may not know its author sees it: by nobody named. */
    public HistoryEntry withoutAuthor() {
        return new HistoryEntry(recordType, kind, at, null, null, changes);
    }

    /** The entry without a field a reader may not see; an entry left with no change shows none. */
    public HistoryEntry withoutField(String field) {
        var kept = new LinkedHashMap<>(changes);
        kept.remove(field);
        return new HistoryEntry(recordType, kind, at, byUser, by, kept);
    }
}
