package dev.tandem.notification;

import java.util.List;
import java.util.Objects;

/**
 * What is to be told, before it is told to anyone: a kind, the record, and the values its message needs. The same
 * announcement made twice (an event handled again after a crash) reaches each person once: {@code occasion} tells
 * apart the announcements of one kind about one record that are meant to be separate (a due date, a ladder's step).
 *
 * @param arguments the message's values in order, as text ({0}, {1}, ... in the kind's message)
 */
public record Announcement(String kind, RecordLink record, String occasion, List<String> arguments) {

    public Announcement {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(record, "record");
        occasion = occasion == null ? "" : occasion;
        arguments = List.copyOf(arguments);
    }
}
