package dev.tandem.action.reminders;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.tandem.shared.TimedWork;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the action reminders every {@code tandem.action.reminder-interval} (first after one interval) as timed work:
 * one node of several runs each round. The job is called through its bean, so that its claims and events run in one
 * transaction.
 */
@Configuration(proxyBeanMethods = false)
class ActionScheduling {

    @Bean
    RecurringTask<Void> actionReminderRounds(ActionReminders reminders, ActionProperties properties, Clock clock) {
        return Tasks.recurring("action-reminders", TimedWork.every(properties.reminderInterval()))
                .execute((instance, context) -> reminders.remind(clock));
    }
}
