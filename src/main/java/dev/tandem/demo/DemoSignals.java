package dev.tandem.demo;

import dev.tandem.signal.MqttInputs;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo plant's signals: pump P-101 and conveyor CV-201 publish their readings every second over MQTT to the
 * broker Tandem listens to, through the very pipeline a real plant's signals take. After the detectors have
 * learned normal operation, a fault starts every few minutes, taking turns between the machines, and the warning
 * it raises appears on the dashboard. The machines and their tags are registered whenever the demo is on; the
 * simulation runs only with {@code tandem.demo.signals.enabled} (the demo profile), never in tests unless asked.
 */
@Component
class DemoSignals implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoSignals.class);

    private final DemoProperties demo;
    private final DemoSignalProperties properties;
    private final DemoMachines machines;
    private final MqttInputs inputs;
    private final Clock clock;
    private final DemoPlantSignals signals;
    private ScheduledExecutorService ticker;
    private MqttClient publisher;
    private long startedAt;

    DemoSignals(
            DemoProperties demo,
            DemoSignalProperties properties,
            DemoMachines machines,
            MqttInputs inputs,
            Clock clock) {
        this.demo = demo;
        this.properties = properties;
        this.machines = machines;
        this.inputs = inputs;
        this.clock = clock;
        this.signals = new DemoPlantSignals(properties, DemoRun.SEED);
    }

    /** After the demo plant exists (it is generated when the application has started). */
    @EventListener(ApplicationReadyEvent.class)
    void registerAndRun() {
        if (!demo.enabled() || !machines.register()) {
            return;
        }
        if (properties.enabled()) {
            simulate();
        }
    }

    private synchronized void simulate() {
        var input = inputs.current();
        if (input.isEmpty()) {
            log.warn("Demo signals need the MQTT listener (tandem.signal.mqtt.enabled); the simulation stays off");
            return;
        }
        try {
            publisher = new MqttClient(input.get().url(), "tandem-demo-plant", new MemoryPersistence());
            var options = new MqttConnectOptions();
            options.setAutomaticReconnect(true);
            publisher.connect(options);
        } catch (MqttException failed) {
            log.warn("Demo signals could not reach {}: {}", input.get().url(), failed.getMessage());
            return;
        }
        startedAt = clock.millis();
        var prefix = input.get().topicPrefix();
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, "demo-signals");
            thread.setDaemon(true);
            return thread;
        });
        long period = properties.period().toMillis();
        ticker.scheduleAtFixedRate(() -> publish(prefix), period, period, TimeUnit.MILLISECONDS);
        log.info(
                "Demo signals: {} and {} publish to {} every {} ms; the first fault starts after {}, then every {}",
                DemoMachines.PUMP.code(),
                DemoMachines.CONVEYOR.code(),
                input.get().url(),
                period,
                properties.firstFaultAfter(),
                properties.faultEvery());
    }

    private void publish(String prefix) {
        long now = clock.millis();
        for (int m = 0; m < DemoMachines.ALL.size(); m++) {
            var machine = DemoMachines.ALL.get(m);
            var payload = DemoPlantSignals.json(machine, now, signals.next(m, now - startedAt));
            try {
                var message = new MqttMessage(payload.getBytes(StandardCharsets.UTF_8));
                message.setQos(0);
                publisher.publish(prefix + machine.code(), message);
            } catch (MqttException | RuntimeException failed) {
                log.debug("Demo signal of {} not sent: {}", machine.code(), failed.getMessage());
            }
        }
    }

    @Override
    public void start() {}

    @Override
    public synchronized void stop() {
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
        if (publisher != null) {
            try {
                publisher.disconnect();
                publisher.close();
            } catch (MqttException ignored) {
                // the broker stops right after
            }
            publisher = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return ticker != null;
    }

    /** Stops before Tandem's MQTT listener and broker do. */
    @Override
    public int getPhase() {
        return DEFAULT_PHASE - 256;
    }
}
