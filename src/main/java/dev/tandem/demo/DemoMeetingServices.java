package dev.tandem.demo;

import dev.tandem.meeting.committees.CommitteePlanning;
import dev.tandem.meeting.holding.MeetingDesk;
import dev.tandem.meeting.holding.MeetingSignatures;
import dev.tandem.meeting.rotations.RotationPlanning;
import org.springframework.stereotype.Component;

/** The meeting module's services the demo's rotation patterns, meetings and site committees are written through. */
@Component
record DemoMeetingServices(
        RotationPlanning rotations, MeetingDesk desk, MeetingSignatures signatures, CommitteePlanning committees) {}
