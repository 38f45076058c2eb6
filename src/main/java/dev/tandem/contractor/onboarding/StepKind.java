package dev.tandem.contractor.onboarding;

/**
 * What an onboarding step is. Most are ticked by hand, by the mentor or the safety department; a step that another
 * module records is ticked by that record only: the first joint inspection by the audit module's completed joint
 * inspection, the first rotation meeting by the meeting module's meeting held (see {@link OnboardingRecords}).
 */
public enum StepKind {
    INDUCTION(false),
    SAFETY_CULTURE(false),
    SITE_WALK(false),
    JOINT_INSPECTION(true),
    ROTATION_MEETING(true),
    DOCUMENT_CHECK(false),
    OTHER(false);

    private final boolean recorded;

    StepKind(boolean recorded) {
        this.recorded = recorded;
    }

    /** Whether another module's record ticks it, and no one by hand. */
    public boolean recorded() {
        return recorded;
    }
}
