package dev.tandem.contractor.reminders;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.tandem.contractor.DocumentReminders;
import dev.tandem.shared.TimedWork;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Runs the documents' expiry check every {@code tandem.contractor.reminder-interval} as timed work: one node runs it. */
@Configuration(proxyBeanMethods = false)
class ContractorScheduling {

    @Bean
    RecurringTask<Void> contractorDocumentReminderRounds(
            DocumentReminders reminders, ContractorProperties properties, Clock clock) {
        return Tasks.recurring("contractor-document-reminders", TimedWork.every(properties.reminderInterval()))
                .execute((instance, context) -> reminders.remind(clock));
    }
}
