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
}
