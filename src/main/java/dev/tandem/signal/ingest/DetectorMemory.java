package dev.tandem.signal.ingest;

import dev.tandem.shared.Viewer;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The detectors' learned states in the database, one row per equipment, and every request to learn afresh. */
@Component
@Transactional
class DetectorMemory {

    private final JdbcClient jdbc;
    private final Clock clock;

    DetectorMemory(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Map<UUID, LearnedState> load(Collection<UUID> equipmentIds) {
        var states = new HashMap<UUID, LearnedState>();
        if (equipmentIds.isEmpty()) {
            return states;
        }
        jdbc.sql(
                        """
                        select equipment_id, tag_ids, state_version, learned_from, last_sample, episode_open,
                               range_open, last_range_trip, state
                        from signal_detector_state where equipment_id in (:ids)""")
                .param("ids", equipmentIds)
                .query(rs -> {
                    var lastRangeTrip = rs.getTimestamp("last_range_trip");
                    var state = new LearnedState(
                            rs.getObject("equipment_id", UUID.class),
                            Arrays.stream(rs.getString("tag_ids").split(","))
                                    .map(UUID::fromString)
                                    .toList(),
                            rs.getString("state_version"),
                            rs.getTimestamp("learned_from").getTime(),
                            rs.getTimestamp("last_sample").getTime(),
                            rs.getBoolean("episode_open"),
                            rs.getBoolean("range_open"),
                            lastRangeTrip == null ? 0 : lastRangeTrip.getTime(),
                            rs.getBytes("state"));
                    states.put(state.equipmentId(), state);
                });
        return states;
    }

    /** The sensitivity the safety department last accepted for each of the equipment that has one. */
    @Transactional(readOnly = true)
    Map<UUID, Double> sensitivities(Collection<UUID> equipmentIds) {
        var factors = new HashMap<UUID, Double>();
        if (equipmentIds.isEmpty()) {
            return factors;
        }
        jdbc.sql(
                        """
                        select distinct on (equipment_id) equipment_id, to_factor from signal_sensitivity
                        where decision = 'ACCEPTED' and equipment_id in (:ids)
                        order by equipment_id, decided_at desc""")
                .param("ids", equipmentIds)
                .query(rs -> {
                    factors.put(rs.getObject("equipment_id", UUID.class), rs.getDouble("to_factor"));
                });
        return factors;
    }

    /** Stores the states, each over the equipment's earlier one. */
    void save(List<LearnedState> states, Instant at) {
        for (var state : states) {
            jdbc.sql(
                            """
                            insert into signal_detector_state (equipment_id, tag_ids, state_version, learned_from,
                                last_sample, episode_open, range_open, last_range_trip, state, saved_at)
                            values (:equipment, :tags, :version, :learnedFrom, :lastSample, :episodeOpen, :rangeOpen,
                                :lastRangeTrip, :state, :at)
                            on conflict (equipment_id) do update set tag_ids = excluded.tag_ids,
                                state_version = excluded.state_version, learned_from = excluded.learned_from,
                                last_sample = excluded.last_sample, episode_open = excluded.episode_open,
                                range_open = excluded.range_open, last_range_trip = excluded.last_range_trip,
                                state = excluded.state, saved_at = excluded.saved_at""")
                    .param("equipment", state.equipmentId())
                    .param("tags", state.tagIds().stream().map(UUID::toString).collect(Collectors.joining(",")))
                    .param("version", state.version())
                    .param("learnedFrom", timestamp(state.learnedFrom()))
                    .param("lastSample", timestamp(state.lastSample()))
                    .param("episodeOpen", state.episodeOpen())
                    .param("rangeOpen", state.rangeOpen())
                    .param("lastRangeTrip", state.rangeOpen() ? timestamp(state.lastRangeTrip()) : null)
                    .param("state", state.detector())
                    .param("at", Timestamp.from(at))
                    .update();
        }
    }

    /** Forgets what the equipment's detector learned and records who asked for it and why. */
    void forget(UUID equipmentId, Viewer viewer, String reason) {
        jdbc.sql("delete from signal_detector_state where equipment_id = :equipment")
                .param("equipment", equipmentId)
                .update();
        jdbc.sql(
                        """
                        insert into signal_relearn (id, equipment_id, requested_at, requested_by, by_name, reason)
                        values (:id, :equipment, :at, :by, :name, :reason)""")
                .param("id", UUID.randomUUID())
                .param("equipment", equipmentId)
                .param("at", Timestamp.from(Instant.now(clock)))
                .param("by", viewer.userId())
                .param("name", viewer.displayName())
                .param("reason", reason)
                .update();
    }

    /** The latest request to learn afresh of each equipment. */
    @Transactional(readOnly = true)
    Map<UUID, Relearn> latestRelearns() {
        var latest = new HashMap<UUID, Relearn>();
        jdbc.sql(
                        """
                        select distinct on (equipment_id) equipment_id, requested_at, requested_by, by_name, reason
                        from signal_relearn order by equipment_id, requested_at desc""")
                .query(rs -> {
                    latest.put(
                            rs.getObject("equipment_id", UUID.class),
                            new Relearn(
                                    rs.getTimestamp("requested_at").toInstant(),
                                    rs.getObject("requested_by", UUID.class),
                                    rs.getString("by_name"),
                                    rs.getString("reason")));
                });
        return latest;
    }

    private static Timestamp timestamp(long epochMillis) {
        return Timestamp.from(Instant.ofEpochMilli(epochMillis));
    }
}
