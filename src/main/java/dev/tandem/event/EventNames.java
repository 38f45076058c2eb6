package dev.tandem.event;

import dev.tandem.history.RecordNames;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Safety events as a history panel names the records an action was raised from: by type and day, which tells no
 * more than the action itself (its source category), never the description or the reporter.
 */
@Component
class EventNames implements RecordNames {

    private final JdbcClient jdbc;
    private final MessageSource messages;

    EventNames(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Override
    public String recordType() {
        return "safety-event";
    }

    @Override
    public Map<UUID, RecordName> named(Collection<UUID> ids, Locale locale) {
        return RecordNames.read(
                jdbc,
                """
                select e.id, e.type, to_char(e.occurred_at at time zone s.time_zone, 'YYYY-MM-DD') as day,
                       e.voided_at is not null as voided
                from safety_event e join site s on s.id = e.site_id where e.id in (:ids)""",
                ids,
                row -> messages.getMessage("event.type." + row.getString("type"), null, locale) + ", "
                        + row.getString("day"));
    }
}
