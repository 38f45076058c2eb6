package dev.tandem.signal.ingest;

import dev.tandem.event.ContributingSignal;
import dev.tandem.event.EarlyWarnings;
import dev.tandem.event.RaiseEarlyWarning;
import dev.tandem.signal.ingest.StreamOutput.FiredWarning;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** An early warning and its window of signals, written together. */
@Component
@Transactional
class WarningStore {

    private final EarlyWarnings warnings;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    WarningStore(EarlyWarnings warnings, JdbcClient jdbc, JsonMapper json) {
        this.warnings = warnings;
        this.jdbc = jdbc;
        this.json = json;
    }

    void record(FiredWarning warning) {
        var equipment = warning.equipment();
        var event = warnings.raise(new RaiseEarlyWarning(
                warning.id(),
                equipment.id(),
                equipment.siteId(),
                equipment.areaId(),
                Instant.ofEpochMilli(warning.firedAt()),
                description(warning),
                warning.signals()));
        jdbc.sql(
                        """
                        insert into signal_warning (event_id, equipment_id, fired_at, score, learned_from, signal_window)
                        values (:event, :equipment, :firedAt, :score, :learnedFrom, cast(:window as jsonb))
                        on conflict (event_id) do nothing""")
                .param("event", event.id())
                .param("equipment", equipment.id())
                .param("firedAt", Timestamp.from(Instant.ofEpochMilli(warning.firedAt())))
                .param("score", warning.score())
                .param(
                        "learnedFrom",
                        warning.learnedFrom() == null
                                ? null
                                : Timestamp.from(Instant.ofEpochMilli(warning.learnedFrom())))
                .param("window", json.writeValueAsString(warning.window()))
                .update();
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

    /** The window kept with a warning, as JSON; empty when the event is not a detector's warning. */
    @Transactional(readOnly = true)
    Optional<String> window(UUID eventId) {
        return jdbc.sql("select signal_window::text from signal_warning where event_id = :event")
                .param("event", eventId)
                .query(String.class)
                .optional();
    }

    private static String description(FiredWarning warning) {
        var equipment = warning.equipment();
        var signals = warning.signals().stream().map(ContributingSignal::name).collect(Collectors.joining(", "));
        return "Early warning on " + equipment.code() + " " + equipment.name() + ": " + signals
                + (warning.learnedFrom() == null ? " outside the expected range" : " away from normal operation");
    }
}
