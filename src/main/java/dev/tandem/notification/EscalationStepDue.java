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
 */
record EscalationStepDue(UUID escalationId, int step, int round, RecipientRole role, boolean last)
        implements Serializable {

    static final TaskDescriptor<EscalationStepDue> TASK = TaskDescriptor.of("escalation-step", EscalationStepDue.class);

    /** The task's instance id: each step of each escalation, and each repeat, is one instance, however often asked. */
    String instanceId() {
        return escalationId + "/" + step + "/" + round;
    }

    EscalationStepDue repeated() {
        return new EscalationStepDue(escalationId, step, round + 1, role, last);
    }
}
