package dev.tandem.audit.web;

import dev.tandem.audit.RaiseFinding;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;

/** A failed item's finding and its action, as the inspection's page raises it: filled in, one tap to send. */
record FindingForm(
        @NotBlank @Size(max = 64) String question,
        @Size(max = 4000) String note,
        @Size(max = 300) String title,
        @NotNull UUID ownerPersonId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate) {

    RaiseFinding raise() {
        return new RaiseFinding(question, note, title, ownerPersonId, dueDate);
    }
}
