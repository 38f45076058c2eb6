package dev.tandem.shared;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the timed work of every module runs ({@code tandem.timed-work.*}).
 *
 * @param pollingInterval how often a node looks for due work: the most a task runs late
 * @param threads how many tasks one node runs at once
 */
@ConfigurationProperties("tandem.timed-work")
record TimedWorkProperties(@DefaultValue("PT10S") Duration pollingInterval, @DefaultValue("2") int threads) {

    public TimedWorkProperties {
        if (pollingInterval.isNegative() || pollingInterval.isZero()) {
            throw new IllegalArgumentException("tandem.timed-work.polling-interval must be positive");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("tandem.timed-work.threads must be 1 or more");
        }
    }
}
