package dev.tandem.notification.delivery;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.tandem.shared.TimedWork;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the delivery worker every {@code tandem.notification.delivery.interval} as timed work. One node runs each
 * round; the worker's claims would keep two apart as well.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryScheduling {

    @Bean
    RecurringTask<Void> deliveryRounds(DeliveryWorker worker, DeliveryProperties properties) {
        return Tasks.recurring(
                        "notification-deliveries",
                        TimedWork.every(properties.delivery().interval()))
                .execute((instance, context) -> worker.deliverDue());
    }
}
