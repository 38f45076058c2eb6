package dev.tandem.action;

import java.time.Clock;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the action reminders every {@code tandem.action.reminder-interval} (first after one interval). The job is
 * called through its bean, not from inside it, so that its claims and events run in one transaction.
 */
@Configuration(proxyBeanMethods = false)
class ActionScheduling {

    private final ActionReminders reminders;
    private final Clock clock;

    ActionScheduling(ActionReminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${tandem.action.reminder-interval:PT15M}",
            initialDelayString = "${tandem.action.reminder-interval:PT15M}")
    void remindOfActions() {
        reminders.remind(clock);
    }
}
