package dev.tandem.contractor.onboarding;

import dev.tandem.history.Recorded;
import dev.tandem.history.VoidableRecord;
import dev.tandem.shared.InvalidRequestException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A new contractor's 30-day onboarding: started when its first engagement started, with the programme's steps as
 * they stood that day. A step of a kind another module records is ticked by that record only, the others by hand; it
 * is completed on the day its last step is ticked, integrated in time when that day is within its 30 days.
 */
@Table("contractor_onboarding")
public class Onboarding extends VoidableRecord {

    /** How long a new contractor has to be integrated into the plant's safety culture. */
    public static final int DAYS = 30;

    private final UUID organisationId;
    private final UUID engagementId;
    private final LocalDate startedOn;
    private final LocalDate dueOn;
    private LocalDate completedOn;

    @MappedCollection(idColumn = "contractor_onboarding", keyColumn = "contractor_onboarding_key")
    private List<OnboardingStep> steps;

    @PersistenceCreator
    Onboarding(
            UUID id,
            UUID organisationId,
            UUID engagementId,
            LocalDate startedOn,
            LocalDate dueOn,
            LocalDate completedOn,
            List<OnboardingStep> steps,
            Long version) {
        super("contractor-onboarding", id, version);
        this.organisationId = organisationId;
        this.engagementId = engagementId;
        this.startedOn = startedOn;
        this.dueOn = dueOn;
        this.completedOn = completedOn;
        this.steps = List.copyOf(steps);
    }

    static Onboarding started(
            UUID id, UUID organisationId, UUID engagementId, LocalDate on, List<ProgrammeStep> programme) {
        return new Onboarding(
                id,
                organisationId,
                engagementId,
                on,
                on.plusDays(DAYS),
                null,
                programme.stream().map(OnboardingStep::of).toList(),
                null);
    }

    /** Ticks a step by hand; a step another module records is refused, and a ticked one stays as it was. */
    void tickByHand(UUID stepId, UUID personId, LocalDate on) {
        var step = steps.stream()
                .filter(s -> s.stepId().equals(stepId))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException("stepId", "onboarding.rule.noSuchStep"));
        if (step.kind().recorded()) {
            throw new InvalidRequestException("stepId", "onboarding.rule.recordTicks." + step.kind());
        }
        if (!step.ticked()) {
            replace(step, step.tick(on, personId, null));
        }
    }

    /**
     * Whether a record of the kind made on the day would tick a step: the day is not before the onboarding started (an
     * inspection done before it began is not part of it), and a step of its kind is open or was ticked by a record made
     * later. Records are heard in any order; the first one made ticks its step.
     */
    boolean awaits(StepKind kind, LocalDate on) {
        return !on.isBefore(startedOn) && stepFor(kind, on).isPresent();
    }

    /** Ticks the step of the kind that a record made on the day ticks; whether one was ticked. */
    boolean recorded(StepKind kind, UUID recordId, LocalDate on) {
        if (!awaits(kind, on)) {
            return false;
        }
        var step = stepFor(kind, on).orElseThrow();
        replace(step, step.tick(on, null, recordId));
        return true;
    }

    /** The first open step of the kind; else the one of its kind that the latest record made after the day ticked. */
    private Optional<OnboardingStep> stepFor(StepKind kind, LocalDate on) {
        var ofKind = steps.stream().filter(s -> s.kind() == kind).toList();
        return ofKind.stream().filter(s -> !s.ticked()).findFirst().or(() -> ofKind.stream()
                .filter(s -> s.recordId() != null && s.tickedOn().isAfter(on))
                .max(Comparator.comparing(OnboardingStep::tickedOn)));
    }

    private void replace(OnboardingStep step, OnboardingStep ticked) {
        var changed = new ArrayList<>(steps);
        changed.set(changed.indexOf(step), ticked);
        steps = List.copyOf(changed);
        if (steps.stream().allMatch(OnboardingStep::ticked)) {
            // the day of its latest tick: a record's tick may be heard after a later tick by hand, or after a later
            // record's tick that it takes the place of
            completedOn = steps.stream()
                    .map(OnboardingStep::tickedOn)
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
        }
    }

    /** Whether it was completed within its 30 days. */
    public boolean integratedInTime() {
        return completedOn != null && !completedOn.isAfter(dueOn);
    }

    public long tickedSteps() {
        return steps.stream().filter(OnboardingStep::ticked).count();
    }

    public UUID organisationId() {
        return organisationId;
    }

    public UUID engagementId() {
        return engagementId;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public List<OnboardingStep> steps() {
        return steps;
    }

    @Override
    public Map<String, Object> snapshot() {
        var fields = Recorded.fields(
                "organisationId", organisationId,
                "engagementId", engagementId,
                "startedOn", startedOn,
                "dueOn", dueOn,
                "completedOn", completedOn);
        fields.putAll(Recorded.numbered(
                "steps",
                steps,
                s -> Recorded.fields(
                        "stepId", s.stepId(),
                        "kind", s.kind(),
                        "title", s.title(),
                        "dueDay", s.dueDay(),
                        "tickedOn", s.tickedOn(),
                        "tickedBy", s.tickedBy())));
        return fields;
    }
}
