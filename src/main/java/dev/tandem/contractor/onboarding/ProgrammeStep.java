package dev.tandem.contractor.onboarding;

import dev.tandem.history.Recorded;
import dev.tandem.history.VoidableRecord;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A step of the 30-day onboarding programme: its kind, what it asks and by which day of the month it is due. A change
 * applies to onboardings that start afterwards; a retired step is voided.
 */
@Table("contractor_onboarding_step")
public class ProgrammeStep extends VoidableRecord {

    private StepKind kind;
    private String title;
    private int dueDay;

    @PersistenceCreator
    ProgrammeStep(UUID id, StepKind kind, String title, int dueDay, Long version) {
        super("contractor-onboarding-step", id, version);
        this.kind = kind;
        this.title = title;
        this.dueDay = dueDay;
    }

    static ProgrammeStep of(UUID id, DefineStep step) {
        var made = new ProgrammeStep(id, null, null, 1, null);
        made.revise(step);
        return made;
    }

    void revise(DefineStep step) {
        kind = step.kind();
        title = step.title() == null || step.title().isBlank()
                ? null
                : step.title().trim();
        dueDay = step.dueDay();
    }

    public StepKind kind() {
        return kind;
    }

    /** What the step asks beyond its kind's name, or null. */
    public String title() {
        return title;
    }

    public int dueDay() {
        return dueDay;
    }

    @Override
    public Map<String, Object> snapshot() {
        return Recorded.fields("kind", kind, "title", title, "dueDay", dueDay);
    }
}
