package dev.tandem.meeting;

import java.util.Optional;
import java.util.UUID;

/** Meetings as the other modules find them, whoever asks: the caller applies {@link MeetingFacts#readableBy}. */
public interface MeetingDirectory {

    Optional<MeetingFacts> facts(UUID meetingId);
}
