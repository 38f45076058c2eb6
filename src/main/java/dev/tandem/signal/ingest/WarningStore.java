package dev.tandem.signal.ingest;

import dev.tandem.event.ContributingSignal;
import dev.tandem.event.EarlyWarningDetected;
import dev.tandem.organisation.PlantStructure;
import dev.tandem.signal.ingest.StreamOutput.FiredWarning;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * An early warning and its window of signals, written together with the publication that hands the warning to the
 * event module: both commit, or neither does.
 */
@Component
@Transactional
class WarningStore {

    // a fired warning is one SQL insert on the ingestion path, not an aggregate saved through a repository
    private final ApplicationEventPublisher publisher;
    private final PlantStructure plant;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    WarningStore(
            ApplicationEventPublisher publisher,
            PlantStructure plant,
            MessageSource messages,
            JdbcClient jdbc,
            JsonMapper json) {
        this.publisher = publisher;
        this.plant = plant;
        this.messages = messages;
        this.jdbc = jdbc;
        this.json = json;
    }

    void record(FiredWarning warning) {
        var equipment = warning.equipment();
        int inserted = jdbc.sql(
                        """
                        insert into signal_warning (event_id, equipment_id, fired_at, score, learned_from, signal_window)
                        values (:event, :equipment, :firedAt, :score, :learnedFrom, cast(:window as jsonb))
                        on conflict (event_id) do nothing""")
                .param("event", warning.id())
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
        if (inserted == 1) {
            publisher.publishEvent(new EarlyWarningDetected(
                    warning.id(),
                    equipment.id(),
                    equipment.siteId(),
                    equipment.areaId(),
                    Instant.ofEpochMilli(warning.firedAt()),
                    description(warning),
                    warning.signals()));
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

    /** The window kept with a warning, as JSON; empty when the event is not a detector's warning. */
    @Transactional(readOnly = true)
    Optional<String> window(UUID eventId) {
        return jdbc.sql("select signal_window::text from signal_warning where event_id = :event")
                .param("event", eventId)
                .query(String.class)
                .optional();
    }

    /** Written in the plant's language, as a person there would write it, whoever reads it later. */
    private String description(FiredWarning warning) {
        var equipment = warning.equipment();
        var signals = warning.signals().stream().map(ContributingSignal::name).collect(Collectors.joining(", "));
        return messages.getMessage(
                warning.learnedFrom() == null ? "signals.warning.range" : "signals.warning.normal",
                new Object[] {equipment.code(), equipment.name(), signals},
                plant.enterprise().locale());
    }
}
