package dev.tandem.meeting;

import java.time.Instant;
import java.util.UUID;

/** A meeting was held and its record closed: those on its list of attendees hear of its minutes. */
public record MeetingHeld(UUID meetingId, UUID siteId, Instant heldAt) {}
