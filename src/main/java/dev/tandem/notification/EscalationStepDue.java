package dev.tandem.notification;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import java.io.Serializable;
import java.util.UUID;

/**
 * A step of an escalation, waiting in the timed work until it is due. It carries its role, so that an escalation under
 * way follows the ladder as it was when it started.
 *
 * @param round 0 for the step itself, 1, 2, ... for the repeats of the last step
 * @param last whether it is the ladder's last step, the one that repeats
 * @param reminder whether it comes after the first notification, not with it: it tells its role even those who heard
 *     at once, since nobody has answered since (a step due at once only tells those the first notification left out;
 *     so does a step stored before steps knew this, which reads as false)
 */
record EscalationStepDue(UUID escalationId, int step, int round, RecipientRole role, boolean last, boolean reminder)
        implements Serializable {

    static final TaskDescriptor<EscalationStepDue> TASK = TaskDescriptor.of("escalation-step", EscalationStepDue.class);

    /** The task's instance id: each step of each escalation, and each repeat, is one instance, however often asked. */
    String instanceId() {
        return escalationId + "/" + step + "/" + round;
    }

    EscalationStepDue repeated() {
        return new EscalationStepDue(escalationId, step, round + 1, role, last, reminder);
    }
}
