package dev.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemIntegrationTest;
import dev.tandem.identity.Logins;
import dev.tandem.signal.MqttInputs;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's machines are part of the demo plant (tests included), and their simulated signals, published over
 * MQTT, raise a warning for each injected fault and none in between. The simulation itself stays off in tests; this
 * test plays it at full speed with timestamps of its own.
 */
@TandemIntegrationTest
class DemoSignalsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MqttInputs inputs;

    @Autowired
    Clock clock;

    @Autowired
    DemoSignals simulation;

    @Test
    void thePumpAndTheConveyorAreRegisteredWithTheirTagsAndTheSimulationIsOffInTests() throws Exception {
        var hse = new Logins(context).bearer("hse");
        mvc.perform(get("/api/v1/signals/tags?equipmentId={id}", DemoMachines.PUMP.id())
                        .header("Authorization", hse))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(5))
                .andExpect(jsonPath("$.items[0].equipmentCode").value("P-101"));
        mvc.perform(get("/api/v1/signals/tags?equipmentId={id}", DemoMachines.CONVEYOR.id())
                        .header("Authorization", hse))
                .andExpect(jsonPath("$.totalItems").value(3))
                .andExpect(jsonPath("$.items[0].key").value("CV-201.belt_speed"));
        assertThat(simulation.isRunning()).isFalse();
    }

    @Test
    void eachInjectedFaultRaisesOneWarningOnItsMachine() throws Exception {
        // learning takes the first ten minutes (the tests' setting); a fault on the pump at 11 min, the conveyor at 15
        var schedule = new DemoSignalProperties(
                true, Duration.ofMinutes(11), Duration.ofMinutes(4), Duration.ofMinutes(1), Duration.ofSeconds(1));
        var signals = new DemoPlantSignals(schedule, DemoRun.SEED);
        long now = clock.millis() - Duration.ofHours(5).toMillis();
        long base = now - now % 60_000;
        var input = inputs.current().orElseThrow();
        var publisher = new MqttClient(input.url(), "test-" + UUID.randomUUID(), new MemoryPersistence());
        publisher.connect(new MqttConnectOptions());
        try {
            for (int second = 0; second < 17 * 60; second++) {
                if (second % 20 == 0) {
                    Thread.sleep(
                            5); // a plant sends a second's readings a second apart; this test does not wait as long
                }
                for (int m = 0; m < DemoMachines.ALL.size(); m++) {
                    var machine = DemoMachines.ALL.get(m);
                    var json = DemoPlantSignals.json(machine, base + second * 1000L, signals.next(m, second * 1000L));
                    var message = new MqttMessage(json.getBytes(StandardCharsets.UTF_8));
                    message.setQos(0);
                    publisher.publish(input.topicPrefix() + machine.code(), message);
                }
            }
        } finally {
            publisher.disconnect();
            publisher.close();
        }

        assertThat(firedAt(DemoMachines.PUMP.id(), base)).singleElement().satisfies(at -> assertThat(at)
                .isBetween(11 * 60L, 12 * 60L));
        assertThat(firedAt(DemoMachines.CONVEYOR.id(), base)).singleElement().satisfies(at -> assertThat(at)
                .isBetween(15 * 60L, 16 * 60L));
    }

    /** Seconds after {@code base} at which the equipment's warnings fired, waiting for the first to be written. */
    private java.util.List<Long> firedAt(UUID equipment, long base) throws InterruptedException {
        var sql = jdbc.sql(
                        """
                        select (extract(epoch from fired_at) * 1000)::bigint from signal_warning
                        where equipment_id = :equipment and fired_at >= :from order by fired_at""")
                .param("equipment", equipment)
                .param("from", java.sql.Timestamp.from(java.time.Instant.ofEpochMilli(base)));
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        var fired = sql.query(Long.class).list();
        while (fired.isEmpty() && System.nanoTime() < until) {
            Thread.sleep(50);
            fired = sql.query(Long.class).list();
        }
        Thread.sleep(500);
        return sql.query(Long.class).list().stream()
                .map(at -> (at - base) / 1000)
                .toList();
    }
}
