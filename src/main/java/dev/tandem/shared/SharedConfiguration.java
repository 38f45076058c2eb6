package dev.tandem.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SharedConfiguration {

    /** The one clock every module reads time from, so tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
