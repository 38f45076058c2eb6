package dev.tandem.action.web;

import dev.tandem.action.ActionPriority;
import dev.tandem.action.ActionQueries.Timeliness;
import dev.tandem.action.ActionStatus;
import dev.tandem.action.CorrectiveAction;
import dev.tandem.action.SourceType;
import dev.tandem.history.Voiding;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What the corrective action API sends and receives besides the commands. */
final class ActionViews {

    private ActionViews() {}

    /**
     * @param overdue derived: not done and due before today in the enterprise's time zone
     * @param onTime derived: done by the due date; null while not done
     */
    record ActionView(
            UUID id,
            String title,
            String description,
            SourceType sourceType,
            UUID sourceId,
            String sourceCategory,
            UUID siteId,
            UUID ownerPersonId,
            UUID responsibleOrganisationId,
            LocalDate dueDate,
            ActionPriority priority,
            ActionStatus status,
            boolean overdue,
            Boolean onTime,
            Instant createdAt,
            Instant doneAt,
            String completionNote,
            Instant verifiedAt,
            UUID verifiedBy,
            String verificationNote,
            Voiding voided) {

        static ActionView of(CorrectiveAction action, Timeliness timeliness) {
            return new ActionView(
                    action.id(),
                    action.title(),
                    action.description(),
                    action.sourceType(),
                    action.sourceId(),
                    action.sourceCategory(),
                    action.siteId(),
                    action.ownerPersonId(),
                    action.responsibleOrganisationId(),
                    action.dueDate(),
                    action.priority(),
                    action.status(),
                    timeliness.overdue(),
                    timeliness.onTime(),
                    action.createdAt(),
                    action.doneAt(),
                    action.completionNote(),
                    action.verifiedAt(),
                    action.verifiedBy(),
                    action.verificationNote(),
                    action.voided().orElse(null));
        }
    }

    /** What was done, for the verifier. */
    record CompleteRequest(@NotBlank @Size(max = 4000) String note) {}

    /** Why the work does not pass verification. */
    record ReopenRequest(@NotBlank @Size(max = 500) String reason) {}

    /** A step taken on the detail page: the note of a completion or the reason of a reopening. */
    record StepForm(@Size(max = 4000) String note, @Size(max = 500) String reason) {

        static StepForm blank() {
            return new StepForm(null, null);
        }
    }
}
