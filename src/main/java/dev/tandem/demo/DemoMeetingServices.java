package dev.tandem.demo;

import dev.tandem.meeting.holding.MeetingDesk;
import dev.tandem.meeting.holding.MeetingSignatures;
import dev.tandem.meeting.rotations.RotationPlanning;
import org.springframework.stereotype.Component;

/** The meeting module's services the demo's rotation patterns and meetings are written through. */
@Component
record DemoMeetingServices(RotationPlanning rotations, MeetingDesk desk, MeetingSignatures signatures) {}
