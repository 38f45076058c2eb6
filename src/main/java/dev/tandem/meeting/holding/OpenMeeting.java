package dev.tandem.meeting.holding;

import dev.tandem.shared.Languages;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * A rotation meeting to open; its agenda builds itself from the contractor's records.
 *
 * @param id chosen by the client, so that a request sent twice opens one meeting
 * @param engagementId the engagement whose rotation it serves: its contractor meets the plant
 * @param heldAt when it takes place, within the engagement's dates
 * @param language the language it is held in and its minutes are written in ({@code en} or {@code ru}); the plant's
 *     when left out
 */
@NamedInterface("holding")
public record OpenMeeting(
        UUID id,
        @NotNull UUID engagementId,
        @NotNull Instant heldAt,
        @Size(max = 200) String place,
        @Pattern(regexp = Languages.TAGS) String language) {}
