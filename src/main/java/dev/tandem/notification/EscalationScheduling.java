package dev.tandem.notification;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The escalation steps as timed work: each waits in {@code scheduled_tasks} until due, and one node fires it. */
@Configuration(proxyBeanMethods = false)
class EscalationScheduling {

    @Bean
    OneTimeTask<EscalationStepDue> escalationSteps(ObjectProvider<Escalations> escalations, Clock clock) {
        // looked up when a step fires: escalations schedule through the timed work that runs this task
        return Tasks.oneTime(EscalationStepDue.TASK.getTaskName(), EscalationStepDue.class)
                .execute((instance, context) -> escalations.getObject().fire(instance.getData(), Instant.now(clock)));
    }
}
