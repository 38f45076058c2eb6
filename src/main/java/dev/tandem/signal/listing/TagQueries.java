package dev.tandem.signal.listing;

import dev.tandem.shared.ListQuery;
import dev.tandem.shared.Page;
import dev.tandem.shared.Paging;
import dev.tandem.shared.RecordRows;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lists of tags with their equipment, as SQL projections; everyone signed in reads them. */
@Component
@Transactional(readOnly = true)
public class TagQueries {

    private final JdbcClient jdbc;

    TagQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record TagRow(
            UUID id,
            UUID equipmentId,
            String equipmentCode,
            String equipmentName,
            String key,
            String name,
            String unit,
            Double expectedMin,
            Double expectedMax,
            boolean voided) {}

    public record TagFilter(UUID equipmentId, String q, Boolean voided) {}

    /** Equipment in use, to pick from. */
    public record EquipmentOption(UUID id, String code, String name) {
        public String label() {
            return code + " · " + name;
        }
    }

    public Page<TagRow> tags(TagFilter filter, Paging paging) {
        return new ListQuery("signal_tag t join equipment e on e.id = t.equipment_id")
                .where("t.equipment_id = :equipment", "equipment", filter.equipmentId())
                .search(filter.q(), "t.tag_key", "t.name", "e.code", "e.name")
                .leavingOut("t.voided_at", filter.voided())
                .page(
                        jdbc,
                        """
                        t.id, t.equipment_id, e.code as equipment_code, e.name as equipment_name, t.tag_key as key,
                        t.name, t.unit, t.expected_min, t.expected_max, t.voided_at is not null as voided""",
                        TagRow.class,
                        paging,
                        Map.of("key", "lower(t.tag_key)", "name", "lower(t.name)", "equipment", "lower(e.code)"),
                        "lower(e.code), lower(t.name), t.id");
    }

    /**
     * The latest value of a tag, from its newest minute aggregate.
     *
     * @param value null when the tag has sent nothing yet
     */
    public record LatestValue(
            UUID id,
            String key,
            String name,
            String unit,
            Double expectedMin,
            Double expectedMax,
            Double value,
            Instant at) {

        public boolean outOfRange() {
            return value != null
                    && ((expectedMin != null && value < expectedMin) || (expectedMax != null && value > expectedMax));
        }
    }

    /** The latest value of each tag of a machine in use, by name; one index probe per tag. */
    public List<LatestValue> latest(UUID equipmentId) {
        return jdbc.sql(
                        """
                        select t.id, t.tag_key as key, t.name, t.unit, t.expected_min, t.expected_max,
                               m.last_value as value, m.last_at as at
                        from signal_tag t
                        left join lateral (
                            select last_value, last_at from signal_minute where tag_id = t.id
                            order by minute desc limit 1) m on true
                        where t.equipment_id = :equipment and t.voided_at is null
                        order by lower(t.name), t.id""")
                .param("equipment", equipmentId)
                .query(RecordRows.of(LatestValue.class))
                .list();
    }

    public List<EquipmentOption> equipmentOptions() {
        return jdbc.sql("select id, code, name from equipment where voided_at is null order by lower(code), id")
                .query(RecordRows.of(EquipmentOption.class))
                .list();
    }
}
