package dev.tandem.demo;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo's simulated plant signals: a pump and a conveyor publishing over MQTT into the same pipeline as a real
 * plant, with a fault now and then.
 *
 * @param enabled whether the simulation runs (the demo profile turns it on; tests leave it off)
 * @param firstFaultAfter when the first fault starts: after the detectors' learning time
 * @param faultEvery how often a fault starts after that, taking turns between the pump and the conveyor
 * @param faultDuration how long a fault lasts
 * @param period how often each machine publishes its readings (one second of plant time each)
 */
@ConfigurationProperties("tandem.demo.signals")
public record DemoSignalProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("PT6M") Duration firstFaultAfter,
        @DefaultValue("PT4M") Duration faultEvery,
        @DefaultValue("PT1M") Duration faultDuration,
        @DefaultValue("PT1S") Duration period) {}
