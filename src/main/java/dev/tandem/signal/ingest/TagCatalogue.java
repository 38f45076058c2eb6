package dev.tandem.signal.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The tags in use on equipment in use, grouped by equipment, each equipment's tags in name order. */
@Component
class TagCatalogue {

    private final JdbcClient jdbc;

    TagCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record EquipmentTags(EquipmentInfo equipment, List<TagInfo> tags) {}

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
