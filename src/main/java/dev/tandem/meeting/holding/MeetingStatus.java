package dev.tandem.meeting.holding;

/** OPEN while it is prepared and held, HELD once its record is closed: only a held meeting counts for its rotation. */
public enum MeetingStatus {
    OPEN,
    HELD
}
