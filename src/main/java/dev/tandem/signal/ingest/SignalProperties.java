package dev.tandem.signal.ingest;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Signal ingestion and early warnings.
 *
 * @param tick how often each equipment's tags are lined up into one sample for its detector (last value held)
 * @param learning how much normal operation (in the samples' own time) an equipment's detector learns from after
 *     start, after its tags change, or after "learn normal from now"
 * @param startUp the longest a start-up may take: after an equipment starts (dispatch data says it runs again after
 *     being idle or down) its detector judges once every signal has settled within its limits, at the latest after
 *     this; and it learns only from samples this long after a start
 * @param windowBefore how much of the raw signals before a warning is kept with it
 * @param windowAfter how much of the raw signals after a warning is added to it once it has passed
 * @param idleMinute a tag silent for this long (wall-clock) has its last minute aggregate written
 * @param flushInterval how often finished minute aggregates are written, in one batch
 * @param minuteRetention how long minute aggregates are kept (a year and the same month of the year before, by default)
 * @param retentionInterval how often minute aggregates older than that are deleted
 * @param stateInterval how often what each detector learned is stored (and on shutdown), so that a restart or another
 *     node carries on from it instead of learning normal operation again
 * @param alarms how warnings are held, grouped and limited before they reach people
 */
@ConfigurationProperties("tandem.signal")
public record SignalProperties(
        @DefaultValue("PT1S") Duration tick,
        @DefaultValue("PT30M") Duration learning,
        @DefaultValue("PT15M") Duration startUp,
        @DefaultValue("PT3M") Duration windowBefore,
        @DefaultValue("PT1M") Duration windowAfter,
        @DefaultValue("PT2M") Duration idleMinute,
        @DefaultValue("PT5S") Duration flushInterval,
        @DefaultValue("P400D") Duration minuteRetention,
        @DefaultValue("PT1H") Duration retentionInterval,
        @DefaultValue("PT1M") Duration stateInterval,
        @DefaultValue Alarms alarms,
        @DefaultValue Mqtt mqtt,
        @DefaultValue Broker broker) {

    /**
     * Alarm management (in the spirit of ISA-18.2 and EEMUA 191): a plant's people must not drown in warnings.
     *
     * @param hold how long (wall-clock) a new warning waits to see whether others on its site join it
     * @param floodMinimum this many equipment of one site warning together are a plant-wide upset: one warning that
     *     lists them all, the first of them named first
     * @param floodWindow warnings each within this time (plant time) of the one before fired together; one within this
     *     time after the first warning of an upset on its site is listed in it too
     * @param rateLimit at most this many warnings an equipment raises within {@code ratePeriod}; more are counted on
     *     its latest one
     */
    public record Alarms(
            @DefaultValue("PT5S") Duration hold,
            @DefaultValue("10") int floodMinimum,
            @DefaultValue("PT2M") Duration floodWindow,
            @DefaultValue("3") int rateLimit,
            @DefaultValue("PT1H") Duration ratePeriod) {}

    /** How an MQTT message carries samples. */
    public enum PayloadFormat {
        /** {@code {"ts": <epoch ms or ISO-8601>, "values": {"<tag key>": <number>, ...}}} on any topic. */
        JSON,
        /** One number per message; the tag key is the topic below the subscription's fixed part. */
        VALUE
    }

    /**
     * The MQTT listener (Eclipse Paho).
     *
     * @param url the broker, such as {@code tcp://broker.plant:1883}; blank: the in-process broker
     * @param topic the subscription, with MQTT wildcards
     * @param qos quality of service of the subscription (0, 1 or 2)
     */
    public record Mqtt(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("") String url,
            @DefaultValue("tandem/signals/#") String topic,
            @DefaultValue("JSON") PayloadFormat format,
            @DefaultValue("tandem") String clientId,
            @DefaultValue("") String username,
            @DefaultValue("") String password,
            @DefaultValue("0") int qos) {}

    /**
     * The in-process MQTT broker (Moquette), for the demo and for trying Tandem without a plant broker.
     *
     * @param port its TCP port; 0 takes any free one
     */
    public record Broker(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("127.0.0.1") String host,
            @DefaultValue("1883") int port) {}
}
