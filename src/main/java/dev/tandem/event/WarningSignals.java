package dev.tandem.event;

import dev.tandem.event.EarlyWarnings.WarningTally;
import dev.tandem.shared.RecordRows;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The signals behind early warnings, kept as JSON beside the event (the aggregate does not carry them). */
@Component
class WarningSignals {

    private static final TypeReference<List<ContributingSignal>> SIGNALS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;

    WarningSignals(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void write(UUID eventId, List<ContributingSignal> signals) {
        jdbc.sql("update safety_event set signals = cast(:signals as jsonb) where id = :id")
                .param("signals", json.writeValueAsString(signals))
                .param("id", eventId)
                .update();
    }

    List<ContributingSignal> of(UUID eventId) {
        return jdbc.sql("select signals::text from safety_event where id = :id and signals is not null")
                .param("id", eventId)
                .query(String.class)
                .optional()
                .map(text -> json.readValue(text, SIGNALS))
                .orElse(List.of());
    }

    /** @param since counts warnings that occurred from then on; all of them when null */
    List<WarningTally> tallies(Instant since) {
        return jdbc.sql(
                        """
                        select equipment_id, count(*) as warnings,
                               count(*) filter (where status <> 'CLOSED') as open,
                               count(*) filter (where outcome = 'FALSE_ALARM') as false_alarms
                        from safety_event
                        where type = 'EARLY_WARNING' and equipment_id is not null and voided_at is null
                          and occurred_at >= coalesce(cast(:since as timestamptz), '-infinity'::timestamptz)
                        group by equipment_id""")
                .param("since", since == null ? null : Timestamp.from(since))
                .query(RecordRows.of(WarningTally.class))
                .list();
    }
}
