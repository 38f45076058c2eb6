package dev.tandem.meeting.holding;

import org.springframework.modulith.NamedInterface;

/** What became of an agenda item: discussed, or carried over to the next meeting. */
@NamedInterface("holding")
public enum ItemOutcome {
    DISCUSSED,
    CARRIED_OVER
}
