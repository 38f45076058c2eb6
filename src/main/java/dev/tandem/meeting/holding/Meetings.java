package dev.tandem.meeting.holding;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Meetings extends ListCrudRepository<Meeting, UUID> {

    /** The engagement's latest meeting held before the instant. */
    @Query("select * from meeting_record where engagement_id = :engagementId and status = 'HELD'"
            + " and voided_at is null and held_at < :before order by held_at desc, id limit 1")
    Optional<Meeting> findPreviousHeld(UUID engagementId, Instant before);

    /** The site committee's latest meeting held before the instant. */
    @Query("select * from meeting_record where kind = 'COMMITTEE' and site_id = :siteId and status = 'HELD'"
            + " and voided_at is null and held_at < :before order by held_at desc, id limit 1")
    Optional<Meeting> findPreviousCommittee(UUID siteId, Instant before);

    /** The latest meeting of the same engagement, or of the same site's committee, held before the instant. */
    default Optional<Meeting> previousHeld(Whose whose, Instant before) {
        return whose.engagementId() == null
                ? findPreviousCommittee(whose.siteId(), before)
                : findPreviousHeld(whose.engagementId(), before);
    }
}
