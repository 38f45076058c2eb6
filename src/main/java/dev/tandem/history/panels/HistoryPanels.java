package dev.tandem.history.panels;

import dev.tandem.history.HistoryEntry;
import dev.tandem.history.RecordNames;
import dev.tandem.history.RecordNames.RecordName;
import dev.tandem.history.panels.FieldValues.Reference;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The one piece that turns a record's history into what a reader reads, for every history panel:
 * {@code ${@historyPanels.read(entries, #locale, zone)}}. Records referred to are named by their modules, one query
 * per kind of record for the whole panel.
 */
@Component("historyPanels")
public class HistoryPanels {

    private static final Pattern NUMBERED = Pattern.compile("^(\\w+)\\[(\\d+)]\\.(\\w+)$");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final MessageSource messages;
    private final List<RecordNames> names;

    HistoryPanels(MessageSource messages, List<RecordNames> names) {
        this.messages = messages;
        this.names = names;
    }

    public List<ReadableEntry> read(List<HistoryEntry> entries, Locale locale, ZoneId zone) {
        var values = new FieldReading(messages, locale, zone, namesOf(entries, locale));
        return entries.stream()
                .map(entry -> new ReadableEntry(
                        entry.kind(),
                        MINUTES.format(entry.at().atZone(zone)),
                        author(entry, locale),
                        changes(entry, values)))
                .toList();
    }

    private List<ReadableEntry.Change> changes(HistoryEntry entry, FieldReading values) {
        var changes = new ArrayList<ReadableEntry.Change>();
        entry.changes().forEach((field, change) -> {
            var read = FieldValues.of(entry.recordType(), plain(field));
            changes.add(new ReadableEntry.Change(
                    label(field, values.locale()), values.read(read, change.from()), values.read(read, change.to())));
        });
        return changes;
    }

    private String author(HistoryEntry entry, Locale locale) {
        // an anonymous report is written by nobody named, and a reader who may not know an author sees none
        if (entry.by() == null || (entry.byUser() == null && "anonymous".equals(entry.by()))) {
            return messages.getMessage("history.anonymous", null, locale);
        }
        // Tandem's own steps (no account made them) are kept under a name in English, read in the reader's language
        if (entry.byUser() == null) {
            return messages.getMessage("history.author." + entry.by(), null, entry.by(), locale);
        }
        return entry.by();
    }

    /** A field's label in the reader's language; an item of a list is numbered ("Injured person 1: body part"). */
    private String label(String field, Locale locale) {
        var numbered = NUMBERED.matcher(field);
        if (numbered.matches()) {
            return messages.getMessage(
                    "history.field." + numbered.group(1) + "." + numbered.group(3),
                    new Object[] {numbered.group(2)},
                    field,
                    locale);
        }
        // a field without a label shows its name rather than failing the page; a test keeps every field labelled
        return messages.getMessage("history.field." + field, null, field, locale);
    }

    /** A field as {@link FieldValues} knows it: an item of a list by the list's name and the item's field. */
    static String plain(String field) {
        var numbered = NUMBERED.matcher(field);
        return numbered.matches() ? numbered.group(1) + "." + numbered.group(3) : field;
    }

    private Map<UUID, RecordName> namesOf(List<HistoryEntry> entries, Locale locale) {
        var wanted = new HashMap<String, List<UUID>>();
        for (var entry : entries) {
            entry.changes().forEach((field, change) -> {
                if (FieldValues.of(entry.recordType(), plain(field)) instanceof Reference reference) {
                    var ids = wanted.computeIfAbsent(reference.recordType(), type -> new ArrayList<>());
                    ids.addAll(FieldReading.ids(change.from()));
                    ids.addAll(FieldReading.ids(change.to()));
                }
            });
        }
        var found = new HashMap<UUID, RecordName>();
        wanted.forEach((type, ids) -> {
            if (!ids.isEmpty()) {
                names(type).forEach(kind -> found.putAll(kind.named(ids, locale)));
            }
        });
        return found;
    }

    /** The names of one kind of record, or of every kind when the field may refer to any. */
    private Collection<RecordNames> names(String recordType) {
        return names.stream()
                .filter(kind -> recordType == null || kind.recordType().equals(recordType))
                .toList();
    }
}
