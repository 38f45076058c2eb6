package dev.tandem.notification;

import dev.tandem.history.Recorded;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * Who hears of a kind of notification when nobody acts on it: its steps in the order they come, and how often the
 * last one is repeated. A ladder of no steps escalates nothing.
 */
public class EscalationLadder implements Recorded {

    @Id
    private final UUID id;

    private final String kind;

    @MappedCollection(idColumn = "escalation_ladder", keyColumn = "escalation_ladder_key")
    private List<EscalationStep> steps;

    private Integer repeatEveryMinutes;

    @Version
    private Long version;

    @PersistenceCreator
    EscalationLadder(UUID id, String kind, List<EscalationStep> steps, Integer repeatEveryMinutes, Long version) {
        this.id = id;
        this.kind = kind;
        this.steps = List.copyOf(steps);
        this.repeatEveryMinutes = repeatEveryMinutes;
        this.version = version;
    }

    static EscalationLadder of(UUID id, String kind, ChangeLadder change) {
        var ladder = new EscalationLadder(id, kind, List.of(), null, null);
        ladder.apply(change);
        return ladder;
    }

    void apply(ChangeLadder change) {
        this.steps = change.steps().stream()
                .sorted(Comparator.comparingInt(EscalationStep::afterMinutes))
                .toList();
        this.repeatEveryMinutes = change.repeatEveryMinutes();
    }

    @Override
    public String recordType() {
        return "escalation-ladder";
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public Long version() {
        return version;
    }

    public String kind() {
        return kind;
    }

    public List<EscalationStep> steps() {
        return steps;
    }

    /** Minutes between repeats of the last step, or {@code null} when it is told once. */
    public Integer repeatEveryMinutes() {
        return repeatEveryMinutes;
    }

    @Override
    public Map<String, Object> snapshot() {
        var fields = Recorded.fields("kind", kind, "repeatEveryMinutes", repeatEveryMinutes);
        fields.putAll(Recorded.numbered(
                "steps", steps, step -> Recorded.fields("afterMinutes", step.afterMinutes(), "role", step.role())));
        return fields;
    }
}
