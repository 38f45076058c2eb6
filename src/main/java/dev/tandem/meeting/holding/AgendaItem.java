package dev.tandem.meeting.holding;

import dev.tandem.history.KeptOutOfHistory;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.modulith.NamedInterface;

/**
 * An item of a meeting's agenda.
 *
 * @param recordId the record it is about (an action, an event, a stop, a document), or null for one added by hand
 * @param outcome null until it is discussed or carried over
 * @param carriedFrom the item of the previous meeting it carries over, or null
 */
@NamedInterface("holding")
@Table("meeting_item")
public record AgendaItem(
        @KeptOutOfHistory("an item is told apart by its number in the agenda") UUID itemId,
        ItemSource source,
        @KeptOutOfHistory("the item's title names the record; the record keeps its own history") UUID recordId,
        String title,
        ItemOutcome outcome,
        String note,
        @KeptOutOfHistory("the previous meeting's item, which keeps its own history") UUID carriedFrom) {

    AgendaItem concluded(ItemOutcome by, String withNote) {
        return new AgendaItem(itemId, source, recordId, title, by, withNote, carriedFrom);
    }

    /** Whether it came back from the previous meeting. */
    public boolean carried() {
        return carriedFrom != null;
    }
}
