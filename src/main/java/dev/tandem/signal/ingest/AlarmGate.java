package dev.tandem.signal.ingest;

import dev.tandem.event.ContributingSignal;
import dev.tandem.event.EarlyWarningDetected;
import dev.tandem.organisation.PlantStructure;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decides what becomes of each warning a detector fired, so that people get the warnings that matter and not a
 * flood: an equipment whose warnings are shelved raises none; one that has raised its limit for the period has the
 * next counted on its latest; a warning within the flood window after the first of a plant-wide upset on its site is
 * listed in the upset's warning (no longer: a site's everyday warnings must not keep an upset open for ever). Any
 * other waits a few seconds, held: if enough equipment of its site fire meanwhile, they become one warning that lists
 * them all, the first of them named first; otherwise each becomes an early warning of its own. Held warnings are in
 * the database, so a restart releases them; claiming them skips rows another node holds, so each is released once.
 */
@Component
@Transactional
class AlarmGate {

    private static final TypeReference<List<ContributingSignal>> SIGNALS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher publisher;
    private final PlantStructure plant;
    private final MessageSource messages;
    private final JsonMapper json;
    private final SignalProperties.Alarms settings;

    AlarmGate(
            JdbcClient jdbc,
            ApplicationEventPublisher publisher,
            PlantStructure plant,
            MessageSource messages,
            JsonMapper json,
            SignalProperties properties) {
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.plant = plant;
        this.messages = messages;
        this.json = json;
        this.settings = properties.alarms();
    }

    /** What became of a warning; {@code into} names the warning it was counted on or listed in. */
    record Disposal(String disposition, UUID into) {}

    /** Disposes of a warning just stored as held, in the transaction that stored it. */
    Disposal dispose(UUID id, UUID equipmentId, UUID siteId, long firedAtMillis, Instant now) {
        var firedAt = Timestamp.from(Instant.ofEpochMilli(firedAtMillis));
        if (shelved(equipmentId, now)) {
            return mark(id, "SHELVED", null);
        }
        var upset = jdbc.sql(
                        """
                        select event_id from signal_warning
                        where flood and site_id = :site and fired_at <= :firedAt
                          and fired_at >= cast(:firedAt as timestamptz) - make_interval(secs => :window)
                        order by fired_at desc limit 1""")
                .param("site", siteId)
                .param("firedAt", firedAt)
                .param("window", settings.floodWindow().toMillis() / 1000.0)
                .query(UUID.class)
                .optional();
        if (upset.isPresent()) {
            return mark(id, "FLOODED", upset.get());
        }
        var recent = jdbc.sql(
                        """
                        select event_id from signal_warning
                        where equipment_id = :equipment and disposition in ('RAISED', 'HELD') and event_id <> :id
                          and fired_at <= :firedAt
                          and fired_at > cast(:firedAt as timestamptz) - make_interval(secs => :period)
                        order by fired_at desc""")
                .param("equipment", equipmentId)
                .param("id", id)
                .param("firedAt", firedAt)
                .param("period", settings.ratePeriod().toMillis() / 1000.0)
                .query(UUID.class)
                .list();
        if (recent.size() >= settings.rateLimit()) {
            return mark(id, "RATE_LIMITED", recent.get(0));
        }
        return new Disposal("HELD", null);
    }

    private boolean shelved(UUID equipmentId, Instant now) {
        return jdbc.sql(
                        """
                        select exists (select 1 from signal_shelf where equipment_id = :equipment and ended_at is null
                                       and shelved_at <= :now and shelved_until > :now)""")
                .param("equipment", equipmentId)
                .param("now", Timestamp.from(now))
                .query(Boolean.class)
                .single();
    }

    private Disposal mark(UUID id, String disposition, UUID into) {
        jdbc.sql("update signal_warning set disposition = :disposition, folded_into = :into where event_id = :id")
                .param("disposition", disposition)
                .param("into", into)
                .param("id", id)
                .update();
        return new Disposal(disposition, into);
    }

    /** A held warning as its release needs it. */
    private record Held(
            UUID id, EquipmentInfo equipment, long firedAt, Long learnedFrom, List<ContributingSignal> signals) {}

    /**
     * Releases the warnings of every site whose first held warning has waited its time: one warning for an upset, or
     * each on its own. Returns how many warnings were released.
     */
    @Scheduled(fixedDelayString = "${tandem.signal.alarms.release-interval:PT1S}")
    int release() {
        var sites = jdbc.sql(
                        """
                        select site_id from signal_warning where disposition = 'HELD'
                        group by site_id
                        having min(recorded_at) <= clock_timestamp() - make_interval(secs => :hold)""")
                .param("hold", settings.hold().toMillis() / 1000.0)
                .query(UUID.class)
                .list();
        int released = 0;
        for (var site : sites) {
            for (var together : together(held(site))) {
                long equipment = together.stream()
                        .map(h -> h.equipment().id())
                        .distinct()
                        .count();
                if (equipment >= settings.floodMinimum()) {
                    upset(together);
                } else {
                    together.forEach(warning -> {
                        mark(warning.id(), "RAISED", null);
                        publish(
                                warning,
                                description(warning),
                                warning.equipment().areaId());
                    });
                }
                released += together.size();
            }
        }
        return released;
    }

    /** Held warnings in runs that fired together: each within the flood window (plant time) of the one before. */
    private List<List<Held>> together(List<Held> held) {
        var runs = new ArrayList<List<Held>>();
        long window = settings.floodWindow().toMillis();
        for (var warning : held) {
            var last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last == null || warning.firedAt() - last.get(last.size() - 1).firedAt() > window) {
                last = new ArrayList<>();
                runs.add(last);
            }
            last.add(warning);
        }
        return runs;
    }

    private List<Held> held(UUID site) {
        return jdbc.sql(
                        """
                        select w.event_id, w.equipment_id, e.site_id, e.area_id, e.code, e.name, w.fired_at,
                               w.learned_from, w.signals::text as signals
                        from signal_warning w join equipment e on e.id = w.equipment_id
                        where w.disposition = 'HELD' and w.site_id = :site
                        order by w.fired_at, w.event_id
                        for update of w skip locked""")
                .param("site", site)
                .query((rs, row) -> {
                    var learnedFrom = rs.getTimestamp("learned_from");
                    var signals = rs.getString("signals");
                    return new Held(
                            rs.getObject("event_id", UUID.class),
                            new EquipmentInfo(
                                    rs.getObject("equipment_id", UUID.class),
                                    rs.getObject("site_id", UUID.class),
                                    rs.getObject("area_id", UUID.class),
                                    rs.getString("code"),
                                    rs.getString("name")),
                            rs.getTimestamp("fired_at").getTime(),
                            learnedFrom == null ? null : learnedFrom.getTime(),
                            signals == null ? List.of() : json.readValue(signals, SIGNALS));
                })
                .list();
    }

    /** One warning for a plant-wide upset: the first equipment's, listing every other as flooded into it. */
    private void upset(List<Held> held) {
        var first = held.get(0);
        jdbc.sql("update signal_warning set disposition = 'RAISED', flood = true where event_id = :id")
                .param("id", first.id())
                .update();
        var members = new ArrayList<String>();
        members.add(first.equipment().code());
        for (var warning : held.subList(1, held.size())) {
            mark(warning.id(), "FLOODED", first.id());
            if (!members.contains(warning.equipment().code())) {
                members.add(warning.equipment().code());
            }
        }
        var areas = held.stream().map(h -> h.equipment().areaId()).distinct().toList();
        var description = messages.getMessage(
                "signals.warning.flood",
                new Object[] {
                    members.size(), first.equipment().code(), first.equipment().name(), String.join(", ", members)
                },
                plant.enterprise().locale());
        publish(first, description, areas.size() == 1 ? areas.get(0) : null);
    }

    private void publish(Held warning, String description, UUID areaId) {
        publisher.publishEvent(new EarlyWarningDetected(
                warning.id(),
                warning.equipment().id(),
                warning.equipment().siteId(),
                areaId,
                Instant.ofEpochMilli(warning.firedAt()),
                description,
                warning.signals()));
    }

    /** Written in the plant's language, as a person there would write it, whoever reads it later. */
    private String description(Held warning) {
        var equipment = warning.equipment();
        var signals = warning.signals().stream()
                .map(ContributingSignal::name)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        return messages.getMessage(
                warning.learnedFrom() == null ? "signals.warning.range" : "signals.warning.normal",
                new Object[] {equipment.code(), equipment.name(), signals},
                plant.enterprise().locale());
    }
}
