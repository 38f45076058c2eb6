package dev.tandem.shared;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.Task;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every module's tasks, run by one scheduler per node (see {@link TimedWork}). */
@Configuration(proxyBeanMethods = false)
class TimedWorkConfiguration {

    @Bean
    TimedWork timedWork(DataSource dataSource, ObjectProvider<Task<?>> tasks, TimedWorkProperties properties) {
        return new TimedWork(dataSource, tasks.orderedStream().toList(), properties);
    }

    /** What modules schedule one-time tasks with. */
    @Bean
    SchedulerClient schedulerClient(TimedWork timedWork) {
        return timedWork.client();
    }
}
