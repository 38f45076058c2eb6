package dev.tandem.shared;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the timed work of every module runs ({@code tandem.timed-work.*}).
 *
 * @param pollingInterval how often a node looks for due work: the most a task runs late
 * @param threads how many tasks one node runs at once
 * @param heartbeatInterval how often a node running a task says it is alive
 * @param missedHeartbeats how many heartbeats a node may miss before another node takes its task over and runs it
 *     again (4 at least): a node killed in the middle of a task holds it for about {@code heartbeatInterval ×
 *     missedHeartbeats}
 */
@ConfigurationProperties("tandem.timed-work")
record TimedWorkProperties(
        @DefaultValue("PT10S") Duration pollingInterval,
        @DefaultValue("2") int threads,
        @DefaultValue("PT10S") Duration heartbeatInterval,
        @DefaultValue("4") int missedHeartbeats) {

    public TimedWorkProperties {
        if (pollingInterval.isNegative() || pollingInterval.isZero()) {
            throw new IllegalArgumentException("tandem.timed-work.polling-interval must be positive");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("tandem.timed-work.threads must be 1 or more");
        }
        if (heartbeatInterval.isNegative() || heartbeatInterval.isZero()) {
            throw new IllegalArgumentException("tandem.timed-work.heartbeat-interval must be positive");
        }
        if (missedHeartbeats < 4) {
            throw new IllegalArgumentException("tandem.timed-work.missed-heartbeats must be 4 or more");
        }
    }
}
