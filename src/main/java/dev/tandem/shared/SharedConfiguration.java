package dev.tandem.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** What every module relies on: one clock, and scheduled and asynchronous work (reminders, event listeners). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableAsync
class SharedConfiguration {

    /** The one clock every module reads time from; the demo plant replays its history with it. */
    @Bean
    ReplayableClock clock() {
        return new ReplayableClock(Clock.systemUTC());
    }
}
