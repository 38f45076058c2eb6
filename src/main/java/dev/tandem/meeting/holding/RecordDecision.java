package dev.tandem.meeting.holding;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.modulith.NamedInterface;

/**
 * A decision of a meeting, raised as a corrective action on its owner.
 *
 * @param id chosen by the client, so that a decision sent twice is recorded once; also the action's id
 * @param ownerPersonId a person of the owner company or of the meeting's contractor: required
 * @param dueDate two weeks after the meeting's day when left out
 */
@NamedInterface("holding")
public record RecordDecision(
        UUID id,
        @NotBlank @Size(max = 300) String text,
        UUID ownerPersonId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate) {}
