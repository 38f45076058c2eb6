package dev.tandem.meeting.holding;

import java.util.UUID;
import org.springframework.data.relational.core.mapping.Table;

/** A person invited to a meeting, of the owner company or of the meeting's contractor, and whether they came. */
@Table("meeting_attendee")
public record Attendee(UUID personId, UUID organisationId, boolean present) {}
