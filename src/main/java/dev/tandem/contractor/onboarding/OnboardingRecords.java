package dev.tandem.contractor.onboarding;

import dev.tandem.audit.events.JointInspectionCompleted;
import dev.tandem.contractor.RotationMeetingHeld;
import dev.tandem.contractor.engagement.EngagementStarted;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What starts onboardings and ticks their steps: a contractor's first engagement started (in the same transaction),
 * a joint inspection with the contractor completed and a rotation meeting held with it (each after the other module's
 * transaction, never lost on a crash).
 */
@Component
class OnboardingRecords {

    private final OnboardingDesk desk;

    OnboardingRecords(OnboardingDesk desk) {
        this.desk = desk;
    }

    @EventListener
    void on(EngagementStarted started) {
        desk.begin(started.organisationId(), started.engagementId(), started.on());
    }

    @ApplicationModuleListener
    void on(JointInspectionCompleted completed) {
        desk.recorded(
                completed.organisationId(),
                StepKind.JOINT_INSPECTION,
                completed.inspectionId(),
                completed.completedAt());
    }

    @ApplicationModuleListener
    void on(RotationMeetingHeld held) {
        desk.recorded(held.organisationId(), StepKind.ROTATION_MEETING, held.meetingId(), held.heldAt());
    }
}
