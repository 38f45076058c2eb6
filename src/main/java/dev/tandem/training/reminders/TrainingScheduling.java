package dev.tandem.training.reminders;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.tandem.shared.TimedWork;
import dev.tandem.training.TrainingReminders;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Runs the expiry check every {@code tandem.training.reminder-interval} as timed work: one node of several runs it. */
@Configuration(proxyBeanMethods = false)
class TrainingScheduling {

    @Bean
    RecurringTask<Void> trainingReminderRounds(
            TrainingReminders reminders, TrainingProperties properties, Clock clock) {
        return Tasks.recurring("training-reminders", TimedWork.every(properties.reminderInterval()))
                .execute((instance, context) -> reminders.remind(clock));
    }
}
