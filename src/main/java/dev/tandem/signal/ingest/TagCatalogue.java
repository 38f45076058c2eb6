package dev.tandem.signal.ingest;

import dev.tandem.equipment.EquipmentStates;
import dev.tandem.equipment.EquipmentStates.Spell;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The tags in use on equipment in use, grouped by equipment, each equipment's tags in name order, and what each
 * equipment has been doing lately as its dispatch data says.
 */
@Component
class TagCatalogue {

    /** How far back dispatch changes are read on loading: the state in effect then and every change after it. */
    private static final Duration RECENT = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final EquipmentStates states;
    private final Clock clock;

    TagCatalogue(JdbcClient jdbc, EquipmentStates states, Clock clock) {
        this.jdbc = jdbc;
        this.states = states;
        this.clock = clock;
    }

    record EquipmentTags(EquipmentInfo equipment, List<TagInfo> tags) {}

    /** Each equipment's recent dispatch changes, oldest first; equipment without dispatch data are left out. */
    Map<UUID, List<Spell>> recentSpells() {
        return states.since(clock.instant().minus(RECENT)).stream().collect(Collectors.groupingBy(Spell::equipmentId));
    }

    List<EquipmentTags> load() {
        var grouped = new LinkedHashMap<UUID, EquipmentTags>();
        jdbc.sql(
                        """
                        select e.id as equipment_id, e.site_id, e.area_id, e.code, e.name as equipment_name,
                               t.id, t.tag_key, t.name, t.unit, t.expected_min, t.expected_max
                        from signal_tag t join equipment e on e.id = t.equipment_id
                        where t.voided_at is null and e.voided_at is null
                        order by e.code, e.id, lower(t.name)""")
                .query(rs -> {
                    var equipmentId = rs.getObject("equipment_id", UUID.class);
                    var entry = grouped.get(equipmentId);
                    if (entry == null) {
                        entry = new EquipmentTags(
                                new EquipmentInfo(
                                        equipmentId,
                                        rs.getObject("site_id", UUID.class),
                                        rs.getObject("area_id", UUID.class),
                                        rs.getString("code"),
                                        rs.getString("equipment_name")),
                                new ArrayList<>());
                        grouped.put(equipmentId, entry);
                    }
                    entry.tags()
                            .add(new TagInfo(
                                    rs.getObject("id", UUID.class),
                                    rs.getString("tag_key"),
                                    rs.getString("name"),
                                    rs.getString("unit"),
                                    (Double) rs.getObject("expected_min"),
                                    (Double) rs.getObject("expected_max")));
                });
        return List.copyOf(grouped.values());
    }
}
