package dev.tandem.meeting.rotations;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import dev.tandem.shared.TimedWork;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Looks for rotations that ended without a meeting every hour, as timed work: one node runs it. */
@Configuration(proxyBeanMethods = false)
class MeetingScheduling {

    @Bean
    RecurringTask<Void> missedRotationRounds(MissedRotations missed, Clock clock) {
        return Tasks.recurring("meeting-missed-rotations", TimedWork.every(Duration.ofHours(1)))
                .execute((instance, context) -> missed.flag(clock));
    }
}
