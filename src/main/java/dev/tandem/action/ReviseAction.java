package dev.tandem.action;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** What a planner may change on an action: what, who, which organisation, by when and how urgent. */
public record ReviseAction(
        @NotBlank @Size(max = 300) String title,
        @Size(max = 4000) String description,
        @NotNull UUID ownerPersonId,
        @NotNull UUID responsibleOrganisationId,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
        ActionPriority priority) {

    public ReviseAction {
        priority = priority == null ? ActionPriority.MEDIUM : priority;
    }

    public static ReviseAction of(CorrectiveAction action) {
        return new ReviseAction(
                action.title(),
                action.description(),
                action.ownerPersonId(),
                action.responsibleOrganisationId(),
                action.dueDate(),
                action.priority());
    }
}
