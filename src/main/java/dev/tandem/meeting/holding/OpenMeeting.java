package dev.tandem.meeting.holding;

import jakarta.validation.constraints.NotNull;
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
 */
@NamedInterface("holding")
public record OpenMeeting(
        UUID id, @NotNull UUID engagementId, @NotNull Instant heldAt, @Size(max = 200) String place) {}
