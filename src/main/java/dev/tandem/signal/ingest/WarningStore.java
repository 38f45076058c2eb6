package dev.tandem.signal.ingest;

import dev.tandem.event.ContributingSignal;
import dev.tandem.signal.ingest.StreamOutput.FiredWarning;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * An early warning and its window of signals, stored as the detector fired it and disposed of by the alarm gate in
 * the same transaction; a warning the gate raises is handed to the event module through the publication registry,
 * which commits with it or not at all.
 */
@Component
@Transactional
class WarningStore {

    private static final TypeReference<List<ContributingSignal>> SIGNALS = new TypeReference<>() {};

    // a fired warning is one SQL insert on the ingestion path, not an aggregate saved through a repository
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AlarmGate gate;
    private final Clock clock;

    WarningStore(JdbcClient jdbc, JsonMapper json, AlarmGate gate, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.gate = gate;
        this.clock = clock;
    }

    void record(FiredWarning warning) {
        var equipment = warning.equipment();
        int inserted = jdbc.sql(
                        """
                        insert into signal_warning (event_id, equipment_id, site_id, fired_at, score, learned_from,
                            signal_window, signals, disposition)
                        values (:event, :equipment, :site, :firedAt, :score, :learnedFrom, cast(:window as jsonb),
                            cast(:signals as jsonb), 'HELD')
                        on conflict (event_id) do nothing""")
                .param("event", warning.id())
                .param("equipment", equipment.id())
                .param("site", equipment.siteId())
                .param("firedAt", Timestamp.from(Instant.ofEpochMilli(warning.firedAt())))
                .param("score", warning.score())
                .param(
                        "learnedFrom",
                        warning.learnedFrom() == null
                                ? null
                                : Timestamp.from(Instant.ofEpochMilli(warning.learnedFrom())))
                .param("window", json.writeValueAsString(warning.window()))
                .param("signals", json.writeValueAsString(warning.signals()))
                .update();
        if (inserted == 1) {
            gate.dispose(warning.id(), equipment.id(), equipment.siteId(), warning.firedAt(), Instant.now(clock));
        }
    }

    void complete(UUID warningId, SignalWindow window) {
        jdbc.sql(
                        """
                        update signal_warning set signal_window = cast(:window as jsonb), window_complete = true
                        where event_id = :event""")
                .param("window", json.writeValueAsString(window))
                .param("event", warningId)
                .update();
    }

    /** The warnings folded into an early warning; empty when the event is not a detector's warning. */
    @Transactional(readOnly = true)
    Optional<WarningFolds.Fold> fold(UUID eventId) {
        var warning = jdbc.sql("select flood, equipment_id from signal_warning where event_id = :event")
                .param("event", eventId)
                .query((rs, row) -> Map.entry(rs.getBoolean(1), rs.getObject(2, UUID.class)))
                .optional();
        return warning.map(found -> WarningFolds.Fold.of(
                eventId,
                found.getKey(),
                found.getValue(),
                jdbc.sql(
                                """
                                select w.equipment_id, e.code, e.name, w.fired_at, w.disposition, w.signals::text
                                from signal_warning w join equipment e on e.id = w.equipment_id
                                where w.folded_into = :event order by w.fired_at, e.code""")
                        .param("event", eventId)
                        .query((rs, row) -> {
                            var signals = rs.getString(6);
                            return new WarningFolds.Member(
                                    rs.getObject(1, UUID.class),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getTimestamp(4).toInstant(),
                                    rs.getString(5),
                                    signals == null ? List.of() : json.readValue(signals, SIGNALS));
                        })
                        .list()));
    }

    /** The window kept with a warning, as JSON; empty when the event is not a detector's warning. */
    @Transactional(readOnly = true)
    Optional<String> window(UUID eventId) {
        return jdbc.sql("select signal_window::text from signal_warning where event_id = :event")
                .param("event", eventId)
                .query(String.class)
                .optional();
    }
}
