package dev.tandem.signal.tags;

import dev.tandem.history.Recorded;
import dev.tandem.history.Voidable;
import dev.tandem.shared.Viewer;
import dev.tandem.signal.DefineTag;
import dev.tandem.signal.TagsChanged;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A measured quantity of one equipment, as the control system sends it: a plant-wide key (what MQTT payloads and
 * CSV headers call it), a name unique on its equipment, a unit and the range its readings are expected in.
 */
@Table("signal_tag")
public class Tag extends Voidable {

    @Id
    private final UUID id;

    private final UUID equipmentId;
    private String tagKey;
    private String name;
    private String unit;
    private Double expectedMin;
    private Double expectedMax;

    @Version
    private Long version;

    @PersistenceCreator
    Tag(
            UUID id,
            UUID equipmentId,
            String tagKey,
            String name,
            String unit,
            Double expectedMin,
            Double expectedMax,
            Long version) {
        this.id = id;
        this.equipmentId = equipmentId;
        this.tagKey = tagKey;
        this.name = name;
        this.unit = unit;
        this.expectedMin = expectedMin;
        this.expectedMax = expectedMax;
        this.version = version;
    }

    public static Tag of(UUID id, String key, DefineTag command) {
        var tag = new Tag(id, command.equipmentId(), null, null, null, null, null, null);
        tag.apply(key, command);
        return tag;
    }

    public void apply(String key, DefineTag command) {
        this.tagKey = key;
        this.name = command.name().trim();
        this.unit = command.unit().trim();
        this.expectedMin = command.expectedMin();
        this.expectedMax = command.expectedMax();
        registerEvent(new TagsChanged(equipmentId));
    }

    @Override
    public void voidBecause(String reason, Viewer by, Instant at) {
        super.voidBecause(reason, by, at);
        registerEvent(new TagsChanged(equipmentId));
    }

    @Override
    public String recordType() {
        return "signal-tag";
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public Long version() {
        return version;
    }

    public UUID equipmentId() {
        return equipmentId;
    }

    /** The plant-wide key, such as {@code P-101.pressure}. */
    public String key() {
        return tagKey;
    }

    public String name() {
        return name;
    }

    public String unit() {
        return unit;
    }

    public Double expectedMin() {
        return expectedMin;
    }

    public Double expectedMax() {
        return expectedMax;
    }

    @Override
    public Map<String, Object> snapshot() {
        return Recorded.fields(
                "equipmentId", equipmentId,
                "tagKey", tagKey,
                "name", name,
                "unit", unit,
                "expectedMin", expectedMin,
                "expectedMax", expectedMax);
    }
}
