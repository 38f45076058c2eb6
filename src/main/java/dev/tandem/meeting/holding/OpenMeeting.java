package dev.tandem.meeting.holding;

import dev.tandem.shared.Languages;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/**
 * A meeting to open: an engagement's rotation meeting, or a site's safety committee; its agenda builds itself from
 * the contractor's records, or from the site's.
 *
 * @param id chosen by the client, so that a request sent twice opens one meeting
 * @param engagementId the engagement whose rotation it serves: its contractor meets the plant
 * @param siteId for a meeting of the site's safety committee, instead of an engagement
 * @param heldAt when it takes place, within the engagement's dates
 * @param language the language it is held in and its minutes are written in ({@code en} or {@code ru}); the plant's
 *     when left out
 */
@NamedInterface("holding")
public record OpenMeeting(
        UUID id,
        UUID engagementId,
        UUID siteId,
        @NotNull Instant heldAt,
        @Size(max = 200) String place,
        @Pattern(regexp = Languages.TAGS) String language) {

    /** A rotation meeting of the engagement. */
    public OpenMeeting(UUID id, UUID engagementId, Instant heldAt, String place, String language) {
        this(id, engagementId, null, heldAt, place, language);
    }
}
