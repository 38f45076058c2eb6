package dev.tandem.audit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * A failed item to record, with the action that puts it right.
 *
 * @param question the name of the question that failed
 * @param title what the action is; the question's label when left out
 * @param ownerPersonId who carries the action out, of the owner company or of the contractor
 * @param dueDate a week from today when left out
 */
@NamedInterface("inspections")
public record RaiseFinding(
        @NotBlank @Size(max = 64) String question,
        @Size(max = 4000) String note,
        @Size(max = 300) String title,
        @NotNull UUID ownerPersonId,
        LocalDate dueDate) {}
