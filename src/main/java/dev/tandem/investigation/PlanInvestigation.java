package dev.tandem.investigation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The title, leader, members and due date of an investigation. */
public record PlanInvestigation(
        @NotBlank @Size(max = 300) String title,
        @NotNull UUID leaderPersonId,
        @Size(max = 30) List<@NotNull UUID> memberPersonIds,
        @NotNull LocalDate dueDate) {

    public PlanInvestigation {
        memberPersonIds = memberPersonIds == null ? List.of() : List.copyOf(memberPersonIds);
    }
}
