package dev.tandem.contractor;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * When a contractor's next rotation meeting is due, for the mentor's workspace. The module that plans meetings
 * contributes the bean; without one the workspace says that no meeting is planned.
 */
public interface MeetingsDue {

    /** The day the next meeting of the contractor's engagements mentored by the person is due; empty for none. */
    Optional<LocalDate> nextDue(UUID organisationId, UUID mentorPersonId);
}
