package dev.tandem.meeting.holding;

/** A working meeting of an engagement held every shift rotation, or a site's safety committee (to come). */
public enum MeetingKind {
    ROTATION,
    COMMITTEE
}
