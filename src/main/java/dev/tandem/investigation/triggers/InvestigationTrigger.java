package dev.tandem.investigation.triggers;

import dev.tandem.history.KeptOutOfHistory;
import dev.tandem.history.Recorded;
import dev.tandem.shared.InvalidRequestException;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One rule of when an investigation is required or suggested, kept as data the safety department edits: whether it
 * applies, whether it requires or only suggests, its threshold (hours of one downtime; repeats within days) and the
 * days the investigation is due in.
 */
@Table("investigation_trigger")
public class InvestigationTrigger implements Recorded {

    @Id
    private final UUID id;

    @KeptOutOfHistory("never changes: the rule's name, which its history is the history of")
    private final TriggerCode code;

    private boolean inForce;
    private boolean required;
    private Integer hours;
    private Integer repeats;
    private Integer withinDays;
    private int dueDays;

    @Version
    private Long version;

    @PersistenceCreator
    InvestigationTrigger(UUID id, TriggerCode code) {
        this.id = id;
        this.code = code;
    }

    /** Takes the rule as edited, checking each threshold the rule has. */
    void define(DefineTrigger definition) {
        dueDays = within(definition.dueDays(), 1, 365, "dueDays");
        if (code == TriggerCode.LONG_DOWNTIME) {
            hours = within(definition.hours(), 1, 720, "hours");
        }
        if (code == TriggerCode.REPEATED_DOWNTIME) {
            repeats = within(definition.repeats(), 2, 50, "repeats");
            withinDays = within(definition.withinDays(), 1, 365, "withinDays");
        }
        inForce = definition.inForce();
        required = definition.required();
    }

    private static int within(Integer value, int least, int most, String field) {
        if (value == null || value < least || value > most) {
            throw new InvalidRequestException(field, "investigation.rule.between", least, most);
        }
        return value;
    }

    @Override
    public String recordType() {
        return "investigation-trigger";
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public Long version() {
        return version;
    }

    public TriggerCode code() {
        return code;
    }

    /** Whether the rule applies at all. */
    public boolean inForce() {
        return inForce;
    }

    public boolean required() {
        return required;
    }

    /** Hours of one downtime beyond which an investigation is asked for; null for other rules. */
    public Integer hours() {
        return hours;
    }

    /** Downtimes for the same reason on one machine that ask for an investigation; null for other rules. */
    public Integer repeats() {
        return repeats;
    }

    /** The days those repeats are counted within; null for other rules. */
    public Integer withinDays() {
        return withinDays;
    }

    public int dueDays() {
        return dueDays;
    }

    @Override
    public Map<String, Object> snapshot() {
        return Recorded.fields(
                "inForce", inForce,
                "required", required,
                "hours", hours,
                "repeats", repeats,
                "withinDays", withinDays,
                "dueDays", dueDays);
    }
}
