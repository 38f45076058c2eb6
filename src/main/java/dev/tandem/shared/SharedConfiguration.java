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

    /** The one clock every module reads time from, so tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
