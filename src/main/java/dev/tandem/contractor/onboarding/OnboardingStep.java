package dev.tandem.contractor.onboarding;

import dev.tandem.history.KeptOutOfHistory;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A step of one contractor's onboarding, as the programme stood when it started, and when and how it was ticked.
 *
 * @param tickedBy the person who ticked it by hand, or null when a record ticked it
 * @param recordId the record that ticked it (an inspection, a meeting), or null when ticked by hand
 */
@Table("contractor_onboarding_tick")
public record OnboardingStep(
        UUID stepId,
        StepKind kind,
        String title,
        int dueDay,
        LocalDate tickedOn,
        UUID tickedBy,
        @KeptOutOfHistory("the record lives in its own module's history; the step shows the day it ticked it")
                UUID recordId) {

    static OnboardingStep of(ProgrammeStep step) {
        return new OnboardingStep(step.id(), step.kind(), step.title(), step.dueDay(), null, null, null);
    }

    public boolean ticked() {
        return tickedOn != null;
    }

    OnboardingStep tick(LocalDate on, UUID by, UUID record) {
        return new OnboardingStep(stepId, kind, title, dueDay, on, by, record);
    }
}
