package dev.tandem.shared;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The one mechanism for timed work in every module ("remind at T", "escalate at T + 15 min", expiry checks), safe
 * on several application nodes: db-scheduler keeps each task instance with the time it is due in
 * {@code scheduled_tasks}, and one node claims it with a conditional update. A module declares its tasks as beans
 * ({@code Tasks.recurring(...)}, {@code Tasks.oneTime(...)}) and schedules one-time instances through the
 * {@code SchedulerClient} bean; scheduling inside a transaction commits with it. See the README.
 */
public final class TimedWork implements SmartLifecycle {

    private static final Duration SHUTDOWN = Duration.ofSeconds(20);

    private final Supplier<Scheduler> schedulers;
    private final SchedulerClient client;
    private volatile Scheduler scheduler;
    private volatile boolean running;

    @SuppressWarnings({"unchecked", "rawtypes"})
    TimedWork(DataSource dataSource, List<Task<?>> tasks, TimedWorkProperties properties) {
        var database = new TransactionAwareDataSourceProxy(dataSource);
        List recurring = tasks.stream().filter(OnStartup.class::isInstance).toList();
        var others = tasks.stream().filter(task -> !(task instanceof OnStartup)).toList();
        this.schedulers = () -> Scheduler.create(database, others)
                .startTasks(recurring)
                .pollingInterval(properties.pollingInterval())
                .threads(properties.threads())
                .heartbeatInterval(properties.heartbeatInterval())
                .missedHeartbeatsLimit(properties.missedHeartbeats())
                .shutdownMaxWait(SHUTDOWN)
                .build();
        this.client = SchedulerClient.Builder.create(database, tasks).build();
    }

    /**
     * Every {@code interval}, counted from the end of the last run; the first run one interval after the task is
     * first scheduled, so that a starting node is not busy with it at once.
     */
    public static Schedule every(Duration interval) {
        return new Every(interval);
    }

    /** Schedules task instances, whether or not this node's scheduler runs. */
    SchedulerClient client() {
        return client;
    }

    /**
     * Starts once the context is up, after Flyway made the table; a stopped scheduler cannot start again, so each
     * start (a context stopped and started again, as the test context cache does) runs a new one.
     */
    @Override
    public void start() {
        scheduler = schedulers.get();
        scheduler.start();
        running = true;
    }

    /** Lets running tasks finish before the database goes away. */
    @Override
    public void stop() {
        running = false;
        scheduler.stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private record Every(Duration interval) implements Schedule, Serializable {

        @Override
        public Instant getNextExecutionTime(ExecutionComplete done) {
            return done.getTimeDone().plus(interval);
        }

        @Override
        public Instant getInitialExecutionTime(Instant now) {
            return now.plus(interval);
        }

        @Override
        public boolean isDeterministic() {
            return false;
        }
    }
}
