package dev.tandem.notification.delivery;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notifications leave Tandem by e-mail and webhook.
 *
 * @param baseUrl the address people open Tandem at: links in e-mails and webhooks start with it
 * @param key the key (Base64, 32 bytes or more) that seals webhook secrets and signs acknowledge links; empty: one made
 *     and kept in the database
 * @param linkValidity how long an e-mail's acknowledge link works
 * @param passwordResetValidity how long a link to reset a forgotten password works (once)
 * @param webhookTimeout how long a webhook receiver has to connect and to answer
 */
@ConfigurationProperties("tandem.notification")
public record DeliveryProperties(
        @DefaultValue("http://localhost:8080") URI baseUrl,
        @DefaultValue("") String key,
        @DefaultValue("P7D") Duration linkValidity,
        @DefaultValue("PT30M") Duration passwordResetValidity,
        @DefaultValue("PT10S") Duration webhookTimeout,
        @DefaultValue Mail mail,
        @DefaultValue Delivery delivery) {

    /**
     * @param from the sender of Tandem's e-mails
     * @param log write e-mails to the log instead of sending them (the demo's e-mail sink); off when an SMTP host is
     *     set
     * @param digestInterval how long INFO e-mails wait to leave together as one digest per address
     */
    public record Mail(
            @DefaultValue("tandem@localhost") String from,
            @DefaultValue("false") boolean log,
            @DefaultValue("PT1H") Duration digestInterval) {}

    /**
     * @param interval how often a node looks for deliveries that are due (the delivery worker is timed work)
     * @param batch how many deliveries a node claims at a time
     * @param lease how long a claimed delivery stays with the node that claimed it: after a crash, another node sends
     *     it once the lease is over
     * @param firstRetry the wait after the first failure; it doubles with each further failure
     * @param longestRetry the longest wait between two attempts: a failing delivery is tried at least this often,
     *     never given up
     */
    public record Delivery(
            @DefaultValue("PT10S") Duration interval,
            @DefaultValue("100") int batch,
            @DefaultValue("PT5M") Duration lease,
            @DefaultValue("PT30S") Duration firstRetry,
            @DefaultValue("PT1H") Duration longestRetry) {

        public Delivery {
            if (batch < 1) {
                throw new IllegalArgumentException("tandem.notification.delivery.batch must be 1 or more");
            }
        }

        /** When a delivery that has failed {@code attempts} times is tried again. */
        Duration backOff(int attempts) {
            var doublings = Math.min(Math.max(attempts - 1, 0), 30);
            var wait = firstRetry.multipliedBy(1L << doublings);
            return wait.compareTo(longestRetry) > 0 ? longestRetry : wait;
        }
    }
}
